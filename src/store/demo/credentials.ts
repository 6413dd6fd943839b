// The demo logins, apart from the demo data itself, so the login page can show
// them without loading the whole demo office into its first download.
export const DEMO_OFFICE_CODE = 'NAC001';
export const DEMO_PASSWORD = 'demo1234';
export const DEMO_SECOND_OFFICE_CODE = 'NAC002';
/** The NACCS password of every demo 利用者ID, for logging on to the simulated NACCS terminal (UTB). */
export const DEMO_USER_ID_PASSWORD = 'DEMOPASS';
