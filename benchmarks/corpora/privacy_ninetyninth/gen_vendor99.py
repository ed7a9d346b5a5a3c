"""Vendor token types from the course-platform world and beyond, one record each."""
from common99 import *

def uuid(c):
    h = c.s(HEX, 32)
    return "-".join([h[:8], h[8:12], "4" + h[13:16], c.r.choice("89ab") + h[17:20], h[20:]])

def _yt(c):
    return "perm:" + base64.b64encode(c.user().encode()).decode() + "." + base64.b64encode(c.s(DIG, 2).encode() + b"-" + c.s(DIG, 1).encode()).decode() + "." + c.s(ALNUM, 30)

def _ghr(c):
    return "A" + c.s(UP + DIG, 28)

def _tskey(c):
    return "tskey-auth-k" + c.s(ALNUM, 10) + "CNTRL-" + c.s(ALNUM, 33)

def _discord_hook(c):
    return "https://discord.com/api/webhooks/" + str(c.r.randint(10**17, 10**18 - 1)) + "/" + c.s(B64U, 68)

def _slack_hook(c):
    return "https://hooks.slack.com/services/T" + c.s(UP + DIG, 10) + "/B" + c.s(UP + DIG, 10) + "/" + c.s(ALNUM, 24)

def _teams_hook(c):
    return "https://contoso.webhook.office.com/webhookb2/" + uuid(c) + "@" + uuid(c) + "/IncomingWebhook/" + c.s(HEX, 32) + "/" + uuid(c)

def _ably(c):
    return c.s(ALNUM, 6) + "." + c.s(ALNUM, 6) + ":" + c.s(B64U, 43)

def _tfc(c):
    return c.s(ALNUM, 14) + ".atlasv1." + c.s(ALNUM, 67)

def _anth(c):
    return "sk-ant-api03-" + c.s(B64U, 93) + "AA"

def _codegrade(c):
    return jwt(c, {"sub": c.r.randint(1000, 99999), "iss": "codegrade", "tenant": c.course(), "iat": 1764000000 + c.r.randint(0, 10**6)})

def _neptune(c):
    return base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid(c)}).encode()).decode()

def _azure_secret(c):
    return c.s(ALNUM, 3) + "8Q~" + c.s(ALNUM + "~_.-", 31)

def _wolfram(c):
    return c.s(UP + DIG, 6) + "-" + c.s(UP + DIG, 10)

def _xbearer(c):
    return "AAAAAAAAAAAAAAAAAAAAA" + c.s(ALNUM, 25) + "%3D" + c.s(ALNUM, 50)

def _dropbox(c):
    return "sl.B" + c.s(B64U, 134)

def _telegram(c):
    return str(c.r.randint(10**9, 7 * 10**9)) + ":AA" + c.s(B64U, 33)

def _jfrog(c):
    return "cmVmdGtuOjAxOj" + c.s(ALNUM, 50)

def _circle(c):
    return "CCIPAT_" + c.s(ALNUM, 22) + "_" + c.s(HEX, 40)

def _sentry_like_codecov(c):
    return uuid(c)

V = [  # (type, generator)
 ("canvas_lms_api_access_token", lambda c: str(c.r.randint(1000, 25000)) + "~" + c.s(ALNUM, 64)),
 ("canvas_developer_key_client_secret", lambda c: c.s(ALNUM, 64)),
 ("moodle_external_service_token", lambda c: c.s(HEX, 32)),
 ("blackboard_learn_rest_application_secret", lambda c: c.s(ALNUM, 32)),
 ("d2l_brightspace_valence_app_key", lambda c: c.s(B64U, 22)),
 ("schoology_oauth_consumer_secret", lambda c: c.s(HEX, 32)),
 ("codegrade_api_login_jwt", _codegrade),
 ("github_oauth_app_client_secret", lambda c: c.s(HEX, 40)),
 ("github_actions_runner_registration_token", _ghr),
 ("gitlab_group_deploy_token_gldt", lambda c: "gldt-" + c.s(B64U, 20)),
 ("gitlab_pipeline_trigger_token_glptt", lambda c: "glptt-" + c.s(HEX, 40)),
 ("codeforces_api_secret", lambda c: c.s(HEX, 40)),
 ("kattis_kattisrc_submission_token", lambda c: c.s(HEX, 64)),
 ("zoom_server_to_server_client_secret", lambda c: c.s(ALNUM, 32)),
 ("zoom_webhook_secret_token", lambda c: c.s(B64U, 22)),
 ("youtrack_permanent_token", _yt),
 ("coder_workspace_session_token", lambda c: c.s(ALNUM, 10) + "-" + c.s(ALNUM, 22)),
 ("ngrok_agent_authtoken", lambda c: "2" + c.s(ALNUM, 26) + "_" + c.s(ALNUM, 21)),
 ("tailscale_preauth_key", _tskey),
 ("zerotier_central_api_token", lambda c: c.s(ALNUM, 32)),
 ("discord_channel_webhook_url", _discord_hook),
 ("slack_incoming_webhook_url", _slack_hook),
 ("slack_app_level_socket_token", lambda c: "xapp-1-A" + c.s(UP + DIG, 10) + "-" + c.s(DIG, 13) + "-" + c.s(HEX, 64)),
 ("telegram_bot_api_token", _telegram),
 ("teams_incoming_webhook_url", _teams_hook),
 ("zulip_bot_api_key", lambda c: c.s(ALNUM, 32)),
 ("entra_id_app_client_secret", _azure_secret),
 ("mongodb_atlas_api_private_key", uuid),
 ("pythonanywhere_api_token", lambda c: c.s(HEX, 40)),
 ("ibm_cloud_iam_api_key", lambda c: c.s(B64U, 44)),
 ("anthropic_console_api_key", _anth),
 ("openai_service_account_key", lambda c: "sk-svcacct-" + c.s(B64U, 74) + "T3BlbkFJ" + c.s(B64U, 74)),
 ("wolfram_alpha_app_id", _wolfram),
 ("kaggle_json_api_key", lambda c: c.s(HEX, 32)),
 ("comet_ml_api_key", lambda c: c.s(ALNUM, 25)),
 ("neptune_ai_api_token", _neptune),
 ("twilio_api_key_secret", lambda c: c.s(ALNUM, 32)),
 ("mailjet_api_secret_key", lambda c: c.s(HEX, 32)),
 ("mandrill_transactional_api_key", lambda c: c.s(B64U, 22)),
 ("sparkpost_api_key", lambda c: c.s(HEX, 40)),
 ("dropbox_short_lived_access_token", _dropbox),
 ("typeform_personal_access_token", lambda c: "tfp_" + c.s(ALNUM, 44) + "_" + c.s(ALNUM, 14)),
 ("qualtrics_api_token", lambda c: c.s(ALNUM, 40)),
 ("codecov_repository_upload_token", _sentry_like_codecov),
 ("coveralls_repo_token", lambda c: c.s(ALNUM, 32)),
 ("sonarqube_user_token_squ", lambda c: "squ_" + c.s(HEX, 40)),
 ("snyk_api_token", uuid),
 ("circleci_personal_api_token", _circle),
 ("jenkins_user_api_token", lambda c: "11" + c.s(HEX, 32)),
 ("gitea_access_token", lambda c: c.s(HEX, 40)),
 ("jfrog_artifactory_identity_token", _jfrog),
 ("nuget_org_api_key", lambda c: "oy2" + c.s(LALNUM, 43)),
 ("rubygems_org_api_key", lambda c: "rubygems_" + c.s(HEX, 48)),
 ("crates_io_api_token", lambda c: "cio" + c.s(ALNUM, 32)),
 ("cloudsmith_api_key", lambda c: c.s(HEX, 40)),
 ("terraform_cloud_team_token", _tfc),
 ("pulumi_access_token", lambda c: "pul-" + c.s(HEX, 40)),
 ("keycloak_confidential_client_secret", lambda c: c.s(ALNUM, 32)),
 ("duo_admin_api_secret_key", lambda c: c.s(ALNUM, 40)),
 ("spotify_web_api_client_secret", lambda c: c.s(HEX, 32)),
 ("x_api_app_bearer_token", _xbearer),
 ("adobe_developer_client_secret", lambda c: "p8e-" + c.s(ALNUM, 32)),
 ("prefect_cloud_api_key", lambda c: "pnu_" + c.s(ALNUM, 36)),
 ("databricks_personal_access_token", lambda c: "dapi" + c.s(HEX, 32)),
 ("scaleway_secret_key", uuid),
 ("ovh_application_secret", lambda c: c.s(ALNUM, 32)),
 ("discord_oauth2_client_secret", lambda c: c.s(B64U, 32)),
 ("twitch_developer_client_secret", lambda c: c.s(LALNUM, 30)),
 ("steam_web_api_key", lambda c: c.s("0123456789ABCDEF", 32)),
 ("ably_root_api_key", _ably),
 ("pusher_channels_app_secret", lambda c: c.s(HEX, 20)),
 ("uploadcare_secret_key", lambda c: c.s(HEX, 20)),
 ("imgur_client_secret", lambda c: c.s(HEX, 40)),
 ("hubspot_private_app_token", lambda c: "pat-na1-" + uuid(c)),
 ("pipedrive_api_token", lambda c: c.s(HEX, 40)),
 ("lob_live_secret_key", lambda c: "live_" + c.s(HEX, 35)),
 ("roboflow_private_api_key", lambda c: c.s(ALNUM, 20)),
 ("sourcegraph_access_token", lambda c: "sgp_" + c.s(HEX, 16) + "_" + c.s(HEX, 40)),
 ("launchdarkly_server_sdk_key", lambda c: "sdk-" + uuid(c)),
 ("posthog_personal_api_key", lambda c: "phx_" + c.s(ALNUM, 43)),
 ("mixpanel_service_account_secret", lambda c: c.s(ALNUM, 32)),
 ("cypress_cloud_record_key", uuid),
 ("percy_project_token", lambda c: c.s(HEX, 64)),
 ("deno_deploy_access_token", lambda c: "ddp_" + c.s(ALNUM, 36)),
 ("gitpod_personal_access_token", lambda c: "gitpod_pat_" + c.s(B64U, 40)),
 ("codesandbox_api_token", lambda c: "csb_v1_" + c.s(B64U, 43)),
 ("turnitin_core_api_key", uuid),
 ("panopto_api_client_secret", lambda c: c.s(B64U, 43) + "="),
 ("webex_bot_access_token", lambda c: c.s(ALNUM, 64) + "_" + c.s(ALNUM, 4) + "_" + uuid(c)),
 ("rocketchat_personal_access_token", lambda c: c.s(B64U, 43)),
 ("matrix_synapse_access_token", lambda c: "syt_" + b64u(c.user().encode()) + "_" + c.s(ALNUM, 20) + "_" + c.s(ALNUM, 6)),
 ("vimeo_personal_access_token", lambda c: c.s(HEX, 32)),
 ("plivo_auth_token", lambda c: c.s(ALNUM, 40)),
 ("messagebird_live_access_key", lambda c: c.s(ALNUM, 25)),
 ("opsgenie_api_integration_key", uuid),
 ("uptimerobot_main_api_key", lambda c: "u" + c.s(DIG, 7) + "-" + c.s(HEX, 24)),
 ("healthchecks_io_project_api_key", lambda c: c.s(B64U, 32)),
 ("hcp_service_principal_client_secret", lambda c: c.s(ALNUM, 64)),
 ("harness_personal_access_token", lambda c: "pat." + c.s(B64U, 22) + "." + c.s(HEX, 24) + "." + c.s(ALNUM, 20)),
 ("octopus_deploy_api_key", lambda c: "API-" + c.s(UP + DIG, 26)),
 ("teamcity_access_token", lambda c: "eyJ0eXAiOiAiVENWMiJ9." + c.s(B64U, 36) + "." + c.s(B64U, 48)),
 ("semaphore_ci_api_token", lambda c: c.s(ALNUM, 20)),
 ("appveyor_api_token", lambda c: "v2." + c.s(LALNUM, 20)),
 ("drone_ci_personal_token", lambda c: c.s(ALNUM, 32)),
 ("readthedocs_api_token", lambda c: c.s(HEX, 40)),
 ("gitbook_api_token", lambda c: "gb_api_" + c.s(ALNUM, 40)),
 ("overleaf_git_auth_token", lambda c: "olp_" + c.s(ALNUM, 36)),
 ("zotero_web_api_key", lambda c: c.s(ALNUM, 24)),
 ("orcid_member_api_client_secret", uuid),
 ("semantic_scholar_api_key", lambda c: c.s(ALNUM, 40)),
 ("mathpix_ocr_app_key", lambda c: c.s(HEX, 64)),
 ("hackerearth_client_secret", lambda c: c.s(HEX, 40)),
 ("sphere_engine_access_token", lambda c: c.s(HEX, 32)),
 ("hackerrank_for_work_api_key", lambda c: c.s(HEX, 64)),
 ("cpanel_api_token", lambda c: c.s(UP + DIG, 32)),
 ("ghost_admin_api_key", lambda c: c.s(HEX, 24) + ":" + c.s(HEX, 64)),
 ("hasura_graphql_admin_secret", lambda c: c.s(ALNUM, 32)),
 ("appwrite_server_api_key", lambda c: "standard_" + c.s(HEX, 256)),
 ("kinde_m2m_client_secret", lambda c: c.s(ALNUM, 48)),
 ("convex_production_deploy_key", lambda c: "prod:" + c.r.choice(["happy", "brave", "quiet", "tidy"]) + "-" + c.r.choice(["otter", "lynx", "heron"]) + "-" + c.s(DIG, 3) + "|" + c.s(B64U, 64)),
]

STYLES = [
 ("course_repo_env_file", "# .env ({c})\nCOURSE={c}\n{K}={V}\n"),
 ("classroom_workflow_env_mapping", "    env:\n      {K}: {V}\n      COURSE: {c}\n"),
 ("autograder_setup_export", "# /autograder/source/setup.sh\nexport {K}='{V}'\n"),
 ("jupyterhub_spawner_environment", "c.Spawner.environment = {{\n    'COURSE': '{c}',\n    '{K}': '{V}',\n}}\n"),
 ("lab_vm_profile_d_script", "# /etc/profile.d/{c}.sh baked into the lab image\nexport {K}={V}\n"),
 ("replit_secret_json_entry", "{{\"{K}\": \"{V}\"}}\n"),
 ("course_discord_staff_paste", "[staff-{c}] {u}: new {K} is {V} (pinning this)\n"),
 ("ta_handbook_table_row", "| {K} | {V} | owner: {u} |\n"),
 ("canvas_page_html_comment", "<!-- instructor: {K}={V} -->\n<h2>Week 5: Recursion</h2>\n"),
 ("nbgrader_course_docker_compose", "services:\n  grader:\n    image: {c}/grader\n    environment:\n      - {K}={V}\n"),
 ("course_infra_terraform_var", "{k} = \"{V}\"\n"),
 ("student_issue_traceback_paste", "Traceback (most recent call last):\n  File \"hw.py\", line 3, in <module>\n    client = Client('{V}')\nAuthError: invalid {k}\n"),
]

def generate(c):
    recs = []
    for i, (t, g) in enumerate(V):
        style, tpl = STYLES[i % len(STYLES)]
        v = c.uniq(lambda: g(c))
        text, s, e = fill(tpl, v, K=t.upper(), k=t, c=c.course(), u=c.user())
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs
