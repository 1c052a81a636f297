import { expect, test } from 'vitest'

import { testPayload } from '../support/hub'

async function graphql(query: string) {
  await testPayload()
  const { default: config } = await import('@payload-config')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  const body = (await response.json()) as unknown
  // Validation failures come back as a bare list of errors.
  return (Array.isArray(body) ? { errors: body } : body) as { data?: Record<string, unknown>; errors?: { message: string }[] }
}

test('a query within the depth limit is answered', async () => {
  // Lessons > docs > documents > pilot > funding > coFinancing > organisation: six levels below the root field.
  const body = await graphql('{ Lessons { docs { documents { pilot { funding { coFinancing { organisation } } } } } } }')
  expect(body.errors).toBeUndefined()
})

test('a query nested beyond the limit is refused, also when hidden in fragments', async () => {
  const direct = await graphql(
    '{ versionsLessons { docs { version { documents { pilot { funding { coFinancing { organisation } } } } } } } }',
  )
  expect(direct.errors?.[0]?.message).toMatch(/nested 7 levels deep; the limit is 6/)
  const viaFragments = await graphql(`
    fragment Money on Pilot {
      funding {
        coFinancing {
          organisation
        }
      }
    }
    fragment Doc on Document {
      pilot {
        ...Money
      }
    }
    {
      versionsLessons {
        docs {
          version {
            documents {
              ...Doc
            }
          }
        }
      }
    }
  `)
  expect(viaFragments.errors?.[0]?.message).toMatch(/the limit is 6/)
})
