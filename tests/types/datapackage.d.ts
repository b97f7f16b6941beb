/** The part of frictionlessdata/datapackage-js the release test uses (the package ships no types). */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    read(options?: { cast?: boolean; relations?: boolean }): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: string, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
  }
}
