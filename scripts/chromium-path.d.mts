export const chromiumPath: string;
export const installHint: string;
export function chromiumAvailable(): boolean;
export const chromiumArgs: string[];
