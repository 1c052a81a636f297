import type { CollectionConfig } from 'payload'

/**
 * Admin UI of the review workflow on each reviewed collection: the workflow buttons replace
 * Payload's own Publish/Unpublish (which would skip the review), the record's status is its one
 * review-state badge (in place of Payload's Draft/Published/Changed, which would say something
 * else beside it), and the list starts with the collection's review queue. Components live in
 * src/components/admin.
 */
export const workflowAdmin: NonNullable<CollectionConfig['admin']> = {
  components: {
    edit: {
      PublishButton: '/components/admin/WorkflowButtons#WorkflowButtons',
      UnpublishButton: '/components/admin/WorkflowButtons#NoUnpublish',
      Status: '/components/admin/ReviewStateBadge#ReviewStatus',
    },
    beforeList: ['/components/admin/ReviewQueue#ReviewQueue'],
  },
}
