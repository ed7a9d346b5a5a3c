"""Vendor part: one record per new vendor credential type (registries, CI, release, bots, hosting)."""
import random, base64, json
from common import *

def b64j(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")

def vendor_rows(rng):
    a = lambda n: mixed(rng, AN, n)
    h = lambda n: rs(rng, HEX, n)
    lo = lambda n: mixed(rng, LO + DG, n)
    u = lambda n: mixed(rng, UP + DG, n)
    bu = lambda n: mixed(rng, B64U, n)
    b6 = lambda n: mixed(rng, B64, n)
    def jwt(payload):
        return b64j({"alg": "HS256", "typ": "JWT"}) + "." + b64j(payload) + "." + bu(43)
    def macaroon():
        return "pypi-AgEIcHlwaS5vcmc" + bu(rng.randint(150, 170))
    return [
     ("npm_granular_access_token", "NPM_TOKEN", lambda: "npm_" + a(36)),
     ("pypi_project_scoped_token", "PYPI_API_TOKEN", macaroon),
     ("testpypi_upload_token", "TEST_PYPI_TOKEN", lambda: "pypi-AgENdGVzdC5weXBpLm9yZw" + bu(150)),
     ("rubygems_api_key_v2", "GEM_HOST_API_KEY", lambda: "rubygems_" + h(48)),
     ("crates_io_publish_token", "CARGO_REGISTRY_TOKEN", lambda: "cio" + a(32)),
     ("nuget_org_api_key", "NUGET_API_KEY", lambda: "oy2" + lo(43)),
     ("packagist_api_token", "PACKAGIST_TOKEN", lambda: a(20)),
     ("hex_pm_api_key", "HEX_API_KEY", lambda: h(32)),
     ("pub_dev_oidc_exchange_token", "PUB_TOKEN", lambda: jwt({"iss": "https://accounts.google.example", "aud": "https://pub.dev", "sub": str(rng.randint(10**17, 10**18))})),
     ("cocoapods_trunk_session_token", "COCOAPODS_TRUNK_TOKEN", lambda: h(32)),
     ("docker_hub_personal_access_token", "DOCKERHUB_TOKEN", lambda: "dckr_pat_" + bu(27)),
     ("docker_hub_org_access_token", "DOCKERHUB_OAT", lambda: "dckr_oat_" + bu(32)),
     ("quay_robot_account_token", "QUAY_ROBOT_TOKEN", lambda: u(64)),
     ("jfrog_artifactory_reference_token", "ARTIFACTORY_TOKEN", lambda: "cmVmdGtuOjAxOj" + a(50)),
     ("jfrog_artifactory_api_key_legacy", "ARTIFACTORY_API_KEY", lambda: "AKCp8" + a(68)),
     ("sonatype_central_portal_user_token", "CENTRAL_TOKEN_PASSWORD", lambda: a(44)),
     ("cloudsmith_api_key", "CLOUDSMITH_API_KEY", lambda: h(40)),
     ("gemfury_push_token", "FURY_PUSH_TOKEN", lambda: a(20)),
     ("anaconda_org_upload_token", "ANACONDA_API_TOKEN", lambda: "an-" + a(40)),
     ("open_vsx_publisher_token", "OVSX_PAT", lambda: uid(rng)),
     ("vscode_marketplace_vsce_pat", "VSCE_PAT", lambda: lo(84)),
     ("jetbrains_marketplace_perm_token", "JB_MARKETPLACE_TOKEN", lambda: "perm:" + bu(20) + "." + bu(12) + "." + bu(30)),
     ("chrome_web_store_refresh_token", "CWS_REFRESH_TOKEN", lambda: "1//0" + bu(99)),
     ("mozilla_amo_jwt_secret", "AMO_JWT_SECRET", lambda: h(64)),
     ("snapcraft_store_credentials", "SNAPCRAFT_STORE_CREDENTIALS", lambda: b6(180)),
     ("clojars_deploy_token", "CLOJARS_DEPLOY_TOKEN", lambda: "CLOJARS_" + h(60)),
     ("gradle_plugin_portal_secret", "GRADLE_PUBLISH_SECRET", lambda: a(32)),
     ("terraform_cloud_team_token", "TFC_TOKEN", lambda: a(14) + ".atlasv1." + a(67)),
     ("ansible_galaxy_api_key", "GALAXY_API_KEY", lambda: h(40)),
     ("puppet_forge_api_key", "FORGE_API_KEY", lambda: h(64)),
     ("artifact_hub_api_key_secret", "ARTIFACTHUB_API_KEY_SECRET", lambda: b6(44)),
     ("codecov_repository_upload_token", "CODECOV_TOKEN", lambda: uid(rng)),
     ("coveralls_repo_token", "COVERALLS_REPO_TOKEN", lambda: a(32)),
     ("sonarcloud_user_token", "SONAR_TOKEN", lambda: "squ_" + h(40)),
     ("sonarqube_project_analysis_token", "SONAR_PROJECT_TOKEN", lambda: "sqp_" + h(40)),
     ("circleci_personal_api_token", "CIRCLE_TOKEN", lambda: "CCIPAT_" + a(22) + "_" + h(40)),
     ("circleci_project_api_token", "CIRCLE_PROJECT_TOKEN", lambda: "CCIPRJ_" + a(22) + "_" + h(40)),
     ("travis_ci_api_token", "TRAVIS_API_TOKEN", lambda: bu(22)),
     ("buildkite_user_access_token", "BUILDKITE_API_TOKEN", lambda: "bkua_" + h(40)),
     ("buildkite_agent_registration_token", "BUILDKITE_AGENT_TOKEN", lambda: h(50)),
     ("drone_ci_user_token", "DRONE_TOKEN", lambda: a(32)),
     ("appveyor_api_bearer_token", "APPVEYOR_TOKEN", lambda: "v2." + lo(20)),
     ("semaphore_ci_api_token", "SEMAPHORE_API_TOKEN", lambda: a(20)),
     ("bitrise_personal_access_token", "BITRISE_TOKEN", lambda: bu(86)),
     ("codemagic_api_token", "CM_API_TOKEN", lambda: a(43)),
     ("gitlab_runner_authentication_token", "RUNNER_TOKEN", lambda: "glrt-" + bu(20)),
     ("gitlab_pipeline_trigger_token", "TRIGGER_TOKEN", lambda: "glptt-" + h(40)),
     ("gitlab_deploy_token_secret", "DEPLOY_TOKEN", lambda: "gldt-" + bu(20)),
     ("gitlab_feed_token", "GITLAB_FEED_TOKEN", lambda: "glft-" + bu(20)),
     ("github_fine_grained_pat", "GH_FINE_GRAINED_TOKEN", lambda: "github_pat_11" + u(20) + "_" + a(59)),
     ("github_oauth_user_token", "GH_OAUTH_TOKEN", lambda: "gho_" + a(36)),
     ("github_app_installation_token", "GH_APP_INSTALLATION_TOKEN", lambda: "ghs_" + a(36)),
     ("github_app_refresh_token", "GH_APP_REFRESH_TOKEN", lambda: "ghr_" + a(76)),
     ("github_app_webhook_secret", "GH_WEBHOOK_SECRET", lambda: h(40)),
     ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", lambda: "ATBB" + a(28) + h(8).upper()),
     ("bitbucket_repository_access_token", "BITBUCKET_REPO_TOKEN", lambda: "ATCTT3xFfGN0" + bu(180)),
     ("codeberg_forgejo_access_token", "CODEBERG_TOKEN", lambda: h(40)),
     ("sourcehut_personal_oauth_token", "SRHT_TOKEN", lambda: "AAAA" + bu(64)),
     ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", lambda: "nfp_" + a(36)),
     ("vercel_access_token", "VERCEL_TOKEN", lambda: a(24)),
     ("render_api_key", "RENDER_API_KEY", lambda: "rnd_" + a(28)),
     ("flyio_deploy_token", "FLY_API_TOKEN", lambda: "FlyV1 fm2_" + bu(180)),
     ("railway_project_token", "RAILWAY_TOKEN", lambda: uid(rng)),
     ("heroku_platform_api_key", "HEROKU_API_KEY", lambda: "HRKU-AA" + bu(58)),
     ("readthedocs_api_v3_token", "RTD_TOKEN", lambda: h(40)),
     ("surge_sh_token", "SURGE_TOKEN", lambda: h(32)),
     ("firebase_ci_refresh_token", "FIREBASE_TOKEN", lambda: "1//0g" + bu(98)),
     ("expo_robot_access_token", "EXPO_TOKEN", lambda: a(40)),
     ("sentry_org_auth_token", "SENTRY_AUTH_TOKEN", lambda: "sntrys_" + b64j({"iat": rng.randint(1600000000, 1750000000), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "oss"}) + "_" + bu(43)),
     ("sentry_user_auth_token", "SENTRY_USER_TOKEN", lambda: "sntryu_" + h(64)),
     ("bugsnag_data_access_token", "BUGSNAG_TOKEN", lambda: uid(rng)),
     ("percy_project_token", "PERCY_TOKEN", lambda: "web_" + h(64)),
     ("chromatic_project_token", "CHROMATIC_PROJECT_TOKEN", lambda: "chpt_" + h(14)),
     ("cypress_cloud_record_key", "CYPRESS_RECORD_KEY", lambda: uid(rng)),
     ("browserstack_access_key", "BROWSERSTACK_ACCESS_KEY", lambda: a(20)),
     ("saucelabs_access_key", "SAUCE_ACCESS_KEY", lambda: uid(rng)),
     ("lambdatest_access_key", "LT_ACCESS_KEY", lambda: "LT_" + a(47)),
     ("crowdin_personal_access_token", "CROWDIN_PERSONAL_TOKEN", lambda: h(80)),
     ("transifex_api_token", "TX_TOKEN", lambda: "1/" + h(40)),
     ("weblate_user_api_key", "WEBLATE_API_KEY", lambda: "wlu_" + a(40)),
     ("lokalise_api_token", "LOKALISE_API_TOKEN", lambda: h(40)),
     ("discord_bot_token", "DISCORD_BOT_TOKEN", lambda: "M" + a(25) + "." + bu(6) + "." + bu(38)),
     ("discord_webhook_url_token", "DISCORD_WEBHOOK_TOKEN", lambda: bu(68)),
     ("matrix_synapse_access_token", "MATRIX_ACCESS_TOKEN", lambda: "syt_" + a(12) + "_" + a(20) + "_" + a(6)),
     ("mastodon_app_access_token", "MASTODON_ACCESS_TOKEN", lambda: bu(43)),
     ("bluesky_app_password", "BSKY_APP_PASSWORD", lambda: "-".join(lo(4) for _ in range(4))),
     ("twitter_x_bearer_token", "X_BEARER_TOKEN", lambda: "AAAAAAAAAAAAAAAAAAAAA" + a(20) + "%3D" + a(50)),
     ("mailgun_private_api_key", "MAILGUN_API_KEY", lambda: h(32) + "-" + h(8) + "-" + h(8)),
     ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", lambda: uid(rng)),
     ("mailchimp_marketing_api_key", "MAILCHIMP_API_KEY", lambda: h(32) + "-us" + str(rng.randint(2, 21))),
     ("open_collective_personal_token", "OC_PERSONAL_TOKEN", lambda: h(40)),
     ("patreon_creator_access_token", "PATREON_CREATOR_TOKEN", lambda: bu(43)),
     ("mergify_application_key", "MERGIFY_TOKEN", lambda: "mka_" + a(40)),
     ("backblaze_b2_application_key", "B2_APPLICATION_KEY", lambda: "K00" + mixed(rng, AN + "/+", 28)),
     ("digitalocean_personal_access_token", "DIGITALOCEAN_ACCESS_TOKEN", lambda: "dop_v1_" + h(64)),
     ("linode_personal_access_token", "LINODE_TOKEN", lambda: h(64)),
     ("vultr_api_key", "VULTR_API_KEY", lambda: u(36)),
     ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda: a(64)),
     ("scaleway_secret_key", "SCW_SECRET_KEY", lambda: uid(rng)),
     ("ovh_application_secret", "OVH_APPLICATION_SECRET", lambda: a(32)),
     ("cloudflare_scoped_api_token", "CLOUDFLARE_API_TOKEN", lambda: bu(40)),
     ("fastly_api_token", "FASTLY_API_TOKEN", lambda: bu(32)),
     ("bunny_net_storage_password", "BUNNY_STORAGE_PASSWORD", lambda: uid(rng) + "-" + h(4) + "-" + h(4)),
     ("typesense_admin_api_key", "TYPESENSE_API_KEY", lambda: a(32)),
     ("meilisearch_master_key", "MEILI_MASTER_KEY", lambda: bu(32)),
     ("doppler_service_token", "DOPPLER_TOKEN", lambda: "dp.st.prd." + a(43)),
     ("infisical_service_token", "INFISICAL_TOKEN", lambda: "st." + uid(rng) + "." + h(32) + "." + h(32)),
     ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", lambda: "pul-" + h(40)),
     ("depot_project_token", "DEPOT_TOKEN", lambda: "depot_project_" + h(64)),
     ("nx_cloud_access_token", "NX_CLOUD_ACCESS_TOKEN", lambda: bu(48) + "|read-write"),
     ("turborepo_remote_cache_token", "TURBO_TOKEN", lambda: a(24)),
     ("develocity_access_key", "DEVELOCITY_ACCESS_KEY", lambda: "ge.oss.example=" + lo(52)),
     ("codacy_project_api_token", "CODACY_PROJECT_TOKEN", lambda: h(32)),
     ("deepsource_dsn_secret", "DEEPSOURCE_DSN", lambda: h(32)),
     ("codeclimate_test_reporter_id", "CC_TEST_REPORTER_ID", lambda: h(64)),
     ("coverity_scan_project_token", "COVERITY_SCAN_TOKEN", lambda: bu(22)),
     ("fossa_push_api_key", "FOSSA_API_KEY", lambda: h(32)),
     ("harbor_robot_account_secret", "HARBOR_ROBOT_SECRET", lambda: a(32)),
     ("ghost_admin_api_key", "GHOST_ADMIN_API_KEY", lambda: h(24) + ":" + h(64)),
     ("devto_forem_api_key", "DEVTO_API_KEY", lambda: a(24)),
     ("discourse_global_api_key", "DISCOURSE_API_KEY", lambda: h(64)),
     ("trello_api_token", "TRELLO_TOKEN", lambda: "ATTA" + h(64) + h(8).upper()),
     ("zenhub_graphql_api_key", "ZENHUB_TOKEN", lambda: "zh_" + h(64)),
     ("keybase_paper_key_phrase", "KEYBASE_PAPERKEY", lambda: " ".join(rng.choice(["absent", "rhythm", "maple", "orbit", "quarry", "lunar", "velvet", "garnish", "tundra", "sketch", "harbor", "pistol", "fable", "umbra"]) for _ in range(13))),
    ]

STYLES = {
 "actions_secret_set_cli_echo": "$ gh secret set {k} --repo oss/{r} --body '{x}'\n✓ Set Actions secret {k} for oss/{r}",
 "workflow_env_mapping_yaml": "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      {k}: {x}\n    steps:\n      - uses: actions/checkout@v4",
 "release_script_export_statement": "#!/usr/bin/env bash\nset -euo pipefail\n# release.sh for {r} {vv}\nexport {k}='{x}'\n./scripts/publish-all.sh",
 "issue_comment_env_paste": "**{u}** commented:\n\n> I can reproduce on {vv}, here is my env:\n> ```\n> {k}={x}\n> ```\n",
 "patch_email_added_line": "Subject: [PATCH] ci: add publish step\n\ndiff --git a/.ci/secrets.env b/.ci/secrets.env\n--- a/.ci/secrets.env\n+++ b/.ci/secrets.env\n@@ -1 +1,2 @@\n+{k}={x}",
 "bot_webhook_json_field": "{{\"event\":\"release.published\",\"bot\":\"{u}\",\"config\":{{\"{k}\":\"{x}\"}},\"delivery\":{n}}}",
 "ci_job_log_env_echo": "[{t}] + env | sort\n[{t}] CI=true\n[{t}] {k}={x}\n[{t}] HOME=/home/runner",
 "dotenv_inside_release_tarball": "$ tar -tzf {r}-{vv}.tgz | grep env && tar -xOzf {r}-{vv}.tgz package/.env\npackage/.env\n{k}={x}",
 "pages_deploy_toml_table": "[deploy.{r}]\nbranch = \"gh-pages\"\n{k} = \"{x}\"",
 "maintainer_chat_paste_line": "<{u}> can someone re-run the release? {k} is {x} if you need it",
 "pyproject_tool_table": "[tool.release-helper]\nrepository = \"oss/{r}\"\n{k} = \"{x}\"",
 "justfile_publish_recipe": "publish:\n    {k}=\"{x}\" cargo run -p xtask -- publish --version {vv}",
}


def generate(pool):
    rng = random.Random(5302)
    rows = vendor_rows(rng)
    snames = list(STYLES)
    out = []
    for i, (typ, key, fn) in enumerate(rows):
        style = snames[i % len(snames)]
        v = pool.take(fn)
        fill = dict(k=key, x=M, u=pick(rng, USERS), r=pick(rng, REPOS), t=ts(rng), n=rng.randint(10**6, 10**7), vv=ver(rng))
        text, spans = render(STYLES[style].format(**fill), [v], [typ])
        out.append({"type": typ, "container": typ + "__" + style, "text": text, "secrets": spans, "source": "vendor"})
    return out
