// The parts of autocannon's API the stress run uses (the package ships no types).
declare module 'autocannon' {
  type Request = {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };
  type Options = { url: string; connections: number; overallRate?: number; duration: number; timeout: number; requests: Request[]; headers?: Record<string, string> };
  type Histogram = { p50: number; p90: number; p99: number; max: number; average: number };
  type Result = {
    latency: Histogram;
    requests: { total: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
  };
  type Instance = PromiseLike<Result> & { stop: () => void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
