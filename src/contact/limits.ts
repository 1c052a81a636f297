/** Field limits of the "Ask the pilot team" form, shared by the server's checks and the form's own. */
export const contactLimits = { name: 100, email: 254, messageMin: 10, message: 4000 } as const
