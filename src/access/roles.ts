export const roles = ['admin', 'editor', 'translator'] as const
export type Role = (typeof roles)[number]

/** The signed-in user as the server (`req.user`) or the admin's client (`useAuth().user`) has it. */
type MaybeUser = object | null | undefined

export function roleOf(user: MaybeUser): Role | null {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return typeof role === 'string' && (roles as readonly string[]).includes(role) ? (role as Role) : null
}

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return role !== null && allowed.includes(role)
}
