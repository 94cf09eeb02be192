// A leaf module, so the provider registry's own code can read the environment's type without
// importing the step model that is built on the registry.

/** The environment the checks read: never written. */
export type Env = Readonly<Record<string, string | undefined>>;
