// The public LMS API (wrangler.toml). Routes under /v1; everything else is a static file (demo
// page, docs, widget bundles, openapi.json) from Workers static assets.
//   curl 'http://127.0.0.1:8787/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no'
import { lms } from '@lms-score/core';
import { baseApp } from '../common/base-app.ts';
import { batchRoutes } from './batch-routes.ts';
import { embedPage } from './embed-page.ts';
import { modelRoutes } from './model-routes.ts';
import { scoreRoutes } from './score-routes.ts';
import { staticAsset } from './static-asset.ts';
import { validateRoutes } from './validate-routes.ts';

const app = baseApp({
  stamp: lms.stamp,
  exposeHeaders: ['ETag', 'Retry-After'],
  allowHeaders: ['Content-Type', 'Accept', 'If-None-Match'],
  notFound: staticAsset,
});
app.get('/embed', embedPage);
app.route('/v1', modelRoutes);
app.route(`/v1/${lms.stamp.id}`, scoreRoutes(lms));
app.route(`/v1/${lms.stamp.id}`, batchRoutes(lms));
app.route(`/v1/${lms.stamp.id}`, validateRoutes(lms));

export default app;
