/** The page with all notices (German, like every URL): `/benachrichtigungen`. */
export const NOTIFICATIONS_PATH = 'benachrichtigungen';
