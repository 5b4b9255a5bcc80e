import type { Field } from 'payload'

type SchemaArgs = Parameters<NonNullable<NonNullable<import('payload').Config['typescript']>['schema']>[number]>[0]
type Entity = { slug: string; fields: Field[] }
type JSONSchema = SchemaArgs['jsonSchema']

/** The names of the localized top-level fields of a collection or global. */
export const localizedNames = (fields: Field[]): string[] =>
  fields.flatMap((field) => ('name' in field && 'localized' in field && field.localized === true ? [field.name] : []))

/**
 * `npm run generate:types` also writes, per collection and global, the names of its localized
 * top-level fields (`Config['localizedFields']`), so that a document read with `locale: 'all'`
 * has a type of its own (src/collections/documents.ts) that follows the config with no list to keep.
 */
export function localizedFieldsSchema({ config, jsonSchema }: SchemaArgs): JSONSchema {
  const entities: Entity[] = [...config.collections, ...config.globals]
  const properties = Object.fromEntries(
    entities.flatMap(({ slug, fields }) => {
      const names = localizedNames(fields)
      return names.length ? [[slug, { type: 'string', enum: names } satisfies JSONSchema]] : []
    }),
  )
  return {
    ...jsonSchema,
    properties: {
      ...jsonSchema.properties,
      localizedFields: {
        type: 'object',
        properties,
        required: Object.keys(properties),
        additionalProperties: false,
      },
    },
    required: [...((jsonSchema.required as string[] | undefined) ?? []), 'localizedFields'],
  }
}
