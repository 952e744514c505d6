import "server-only";
// Loads every action and route definition, so that ACTION_REGISTRY / ROUTE_REGISTRY are complete
// for whoever walks them (the authorization test of every action × role).
import "./application-actions";
import "./batch-actions";
import "./account-actions";
import "./attachment-routes";
import "./brand-file-routes";
import "./subsidy-actions";
import "./push-actions";
import "./push-routes";
import "./usage-report-actions";
import "./dashboard-actions";
import "./revocation-actions";
import "./evaluation-actions";
import "./export-routes";

export { ACTION_REGISTRY } from "./define-action";
export { ROUTE_REGISTRY } from "./define-route";
