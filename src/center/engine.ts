// The simulated NACCS Center's engine: it watches the clock and moves every
// application whose time has come. Started once per tab after the database opens.

/** Start the center in this tab. (The review engine lands with the center's issue.) */
export async function startCenter(): Promise<void> {
  // Intentionally empty until the review engine is built: nothing moves past 受付 yet.
}
