/** Test-runner middleware: the REST fixture API and its fault routes (replaced below). */
export const testApi = (ctx, next) => next();
