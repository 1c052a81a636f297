import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * Refuses GraphQL queries nested deeper than `maxDepth` (fragments followed), so that a crafted
 * query cannot make the server walk relations without end. Complexity is capped separately
 * (`graphQL.maxComplexity` in payload.config.ts).
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet) return depth
        return Math.max(depth, ...node.selectionSet.selections.map((child) => depthOf(child, depth + 1, seen)))
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.OPERATION_DEFINITION || node.kind === Kind.FRAGMENT_DEFINITION) {
        return Math.max(depth, ...node.selectionSet.selections.map((child) => depthOf(child, depth, seen)))
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value
        const fragment = fragments.get(name)
        if (!fragment || seen.has(name)) return depth
        return depthOf(fragment, depth, new Set([...seen, name]))
      }
      return depth
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation, 0, new Set())
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, { nodes: [operation] }))
        }
      },
    }
  }
}
