/** The first line of every export names this format, so an import can refuse anything else. */
export const EXPORT_FORMAT = "waymark-export";
