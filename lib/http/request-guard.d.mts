export declare const ACTION_BODY_LIMIT: number;
export declare function refuseRequest(request: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): { status: number; headers: Record<string, string>; body: string } | null;
