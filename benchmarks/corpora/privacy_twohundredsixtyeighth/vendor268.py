"""Vendor positives of p268: one record per vendor type, each in a container
typical of where that key lives."""
import base64
import json
import random
import re

import common268 as C
import world268 as W

MARK = "\x00V\x00"
SEED = 26802

ALPH = {
    "an": C.ALNUM, "lan": C.LOWER_ALNUM, "uan": C.UPPER_ALNUM, "hex": C.HEX, "HEX": C.HEX_UP,
    "b64u": C.B64URL, "b64": C.B64, "d": C.DIGITS, "U": C.UPPER, "L": C.LOWER,
    "an_": C.ALNUM + "_", "an-": C.ALNUM + "-", "lan_-": C.LOWER_ALNUM + "_-",
    "az3": C.ALNUM + "_~.", "az34": C.ALNUM + "_~.-",
}
ALPH_DESC = {
    "an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
    "hex": "lower-case hex", "HEX": "upper-case hex", "b64u": "base64url characters", "b64": "standard Base64 characters",
    "d": "digits", "U": "upper-case letters", "L": "lower-case letters", "an_": "characters of [A-Za-z0-9_]",
    "an-": "characters of [A-Za-z0-9-]", "lan_-": "characters of [a-z0-9_-]", "az3": "characters of [A-Za-z0-9_~.]",
    "az34": "characters of [A-Za-z0-9_~.-]",
}


def gen_spec(spec, r):
    if spec == "uuid4":
        return C.uuid4(r)
    if spec == "pw":
        return W.password(r, W.WIDE_JOINERS, 0.5)
    if spec == "email":
        return W.email(r)
    if spec == "ip":
        return W.ip(r)
    if spec == "user":
        return r.choice(["hidesmoor", "brackwater", "lunellum", "carrowpell"]) + "-" + r.choice(["bridge", "gw", "yard", "store"])
    if callable(spec):
        return spec(r)
    out = []
    for seg in spec:
        if isinstance(seg, str):
            out.append(seg)
        elif seg == "uuid4":
            out.append(C.uuid4(r))
        else:
            out.append(C.rand_str(r, ALPH[seg[0]], seg[1]))
    return "".join(out)


def spec_regex(spec):
    if spec == "uuid4":
        return r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    if spec == "pw":
        return W.PASSWORD_WIDE_RE.pattern[1:-1]
    out = []
    for seg in spec:
        if isinstance(seg, str):
            out.append(re.escape(seg))
        elif seg == "uuid4":
            out.append(spec_regex("uuid4"))
        else:
            out.append("[%s]{%d}" % (re.escape(ALPH[seg[0]]), seg[1]))
    return "".join(out)


def spec_desc(spec):
    if spec == "uuid4":
        return "UUIDv4"
    if spec == "pw":
        return "owner-chosen password (trade word + joiner + tail)"
    parts = []
    for seg in spec:
        if isinstance(seg, str):
            parts.append("`%s`" % seg)
        elif seg == "uuid4":
            parts.append("UUIDv4")
        else:
            parts.append("%d %s" % (seg[1], ALPH_DESC[seg[0]]))
    return " + ".join(parts)


# special frames ------------------------------------------------------------
def gen_discord(r):
    snow = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(snow.encode()).decode() + "." + C.rand_str(r, C.B64URL, 6) + "." + C.rand_str(r, C.B64URL, 27)


def check_discord(v):
    m = re.fullmatch(r"([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{6})\.([A-Za-z0-9_-]{27})", v)
    if not m:
        return False
    try:
        return re.fullmatch(r"\d{18}", base64.b64decode(m.group(1)).decode()) is not None
    except Exception:
        return False


def gen_glc(r):
    doc = {"o": str(r.randint(100000, 999999)), "n": "telegraf-%s" % r.choice(["hidesmoor", "brackwater", "lunellum"]),
           "k": C.rand_str(r, C.ALNUM, 24), "m": {"r": r.choice(["prod-gb-south-0", "prod-eu-west-2"])}}
    return "glc_" + base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()


def check_glc(v):
    if not re.fullmatch(r"glc_[A-Za-z0-9+/]{32,400}={0,3}", v):
        return False
    try:
        d = json.loads(base64.b64decode(v[4:]))
        return set(d) == {"o", "n", "k", "m"} and "r" in d["m"]
    except Exception:
        return False


def gen_mapbox(r):
    doc = {"u": r.choice(["hidesmoor", "brackwatertannery", "lunellum"]), "a": "cl" + C.rand_str(r, C.LOWER_ALNUM, 23)}
    mid = C.b64u(json.dumps(doc, separators=(",", ":")).encode())
    tail = C.rand_str(r, C.B64URL, 22)
    while tail.startswith("eyJ"):
        tail = C.rand_str(r, C.B64URL, 22)
    return "sk." + mid + "." + tail


def check_mapbox(v):
    m = re.fullmatch(r"sk\.([A-Za-z0-9_-]{32,128})\.([A-Za-z0-9_-]{22})", v)
    if not m:
        return False
    try:
        d = json.loads(C.b64u_dec(m.group(1)))
        return set(d) == {"u", "a"}
    except Exception:
        return False


SPECIAL = {
    "discord_bot_token": (gen_discord, check_discord,
                          "standard Base64 of an 18-digit user id (24 characters) + `.` + 6 base64url + `.` + 27 base64url"),
    "grafana_cloud_access_policy_token": (gen_glc, check_glc,
                                          "`glc_` + standard Base64 of JSON {o, n, k, m: {r}}"),
    "mapbox_secret_access_token": (gen_mapbox, check_mapbox,
                                   "`sk.` + base64url JSON {u, a} + `.` + 22 base64url"),
}

PW = "pw"
# (type, group, spec, source, note, neighbour (label, spec) or None, style)
VENDORS = [
    # trade portals and devices: owner-chosen passwords
    ("leather_working_group_audit_portal_password", "trade", PW, "owner", "", ("lwg member number", ["LWG-", ("d", 5)]), "office_keepassxc_csv_export"),
    ("leather_uk_members_area_password", "trade", PW, "owner", "", ("login email", "email"), "office_lastpass_csv_export"),
    ("sltc_members_journal_password", "trade", PW, "owner", "", ("membership number", ["SLTC/", ("d", 4)]), "office_proton_pass_csv_export"),
    ("curriers_company_livery_portal_password", "trade", PW, "owner", "", ("freeman number", [("d", 6)]), "office_keepassxc_csv_export"),
    ("icon_conservation_register_password", "trade", PW, "owner", "", ("member email", "email"), "office_proton_pass_csv_export"),
    ("scribes_illuminators_members_password", "trade", PW, "owner", "", ("member number", [("d", 4)]), "office_slack_export_channel_json"),
    ("designer_bookbinders_members_password", "trade", PW, "owner", "", ("login email", "email"), "office_thunderbird_eml_message"),
    ("abbey_england_trade_account_password", "trade", PW, "owner", "", ("trade account number", ["AE", ("d", 6)]), "office_keepassxc_csv_export"),
    ("le_prevo_leathers_trade_password", "trade", PW, "owner", "", ("customer number", [("d", 7)]), "office_lastpass_csv_export"),
    ("silvateam_tannin_customer_portal_password", "trade", PW, "owner", "", ("customer code", ["C", ("d", 8)]), "office_proton_pass_csv_export"),
    ("satra_test_results_portal_password", "trade", PW, "owner", "", ("account email", "email"), "office_thunderbird_eml_message"),
    ("gemata_remote_support_password", "trade", PW, "owner", "", ("machine serial", ["GM", ("d", 7)]), "office_slack_export_channel_json"),
    ("hikvision_nvr_admin_password", "trade", PW, "owner", "", ("nvr address", "ip"), "office_slack_export_channel_json"),
    ("siemens_logo_plc_web_password", "trade", PW, "owner", "", ("plc address", "ip"), "office_thunderbird_eml_message"),
    ("testo_saveris_cloud_password", "trade", PW, "owner", "", ("account email", "email"), "office_keepassxc_csv_export"),
    ("teltonika_rut_router_admin_password", "trade", PW, "owner", "", ("router address", "ip"), "office_proton_pass_csv_export"),
    ("apc_ups_network_card_password", "trade", PW, "owner", "", ("nmc address", "ip"), "office_lastpass_csv_export"),
    ("environment_agency_permit_portal_password", "trade", PW, "owner", "", ("permit reference", ["EPR/", ("U", 2), ("d", 4), ("U", 2)]), "office_keepassxc_csv_export"),
    ("mosquitto_bridge_remote_password", "trade", PW, "owner", "", ("remote username", "user"), "iot_mosquitto_bridge_conf"),
    # shop, payments, shipping, accounting, bookings, marketing, support
    ("stripe_restricted_live_key", "commerce", ["rk_live_", ("an", 99)], "read", "gitleaks stripe-access-token (10-99 after the head; 99 mine)", None, "ops_gh_secret_set_capture"),
    ("stripe_webhook_endpoint_signing_secret", "commerce", ["whsec_", ("an", 32)], "believed", "", None, "ops_kamal_secrets_dotenv"),
    ("shopify_custom_app_admin_token", "commerce", ["shpca_", ("hex", 32)], "read", "gitleaks shopify-custom-access-token", None, "ops_dokku_config_set_capture"),
    ("woocommerce_rest_consumer_secret", "commerce", ["cs_", ("hex", 40)], "believed", "", ("woocommerce consumer key", ["ck_", ("hex", 40)]), "ops_pm2_ecosystem_config_js"),
    ("square_production_access_token", "commerce", ["EAAA", ("b64u", 60)], "read", "gitleaks square-access-token (EAAA + 22-60; 60 mine)", None, "ops_supervisord_program_environment"),
    ("square_oauth_application_secret", "commerce", ["sq0csp-", ("b64u", 43)], "read", "Kingfisher square (sq0csp- + 43)", ("square application id", ["sq0idp-", ("an", 22)]), "ops_terraform_auto_tfvars"),
    ("paypal_rest_client_secret", "commerce", ["E", ("b64u", 79)], "believed", "Kingfisher paypal allows 44-80; the E head and 80 in all believed", ("paypal client id", ["A", ("b64u", 79)]), "ops_pulumi_config_set_secret_capture"),
    ("mollie_live_api_key", "commerce", ["live_", ("an", 30)], "believed", "", None, "ops_kamal_secrets_dotenv"),
    ("wise_business_api_token", "commerce", "uuid4", "read", "Kingfisher transferwise (UUID; v4 mine)", None, "ops_salt_pillar_sls"),
    ("adyen_checkout_api_key", "commerce", ["AQE", ("b64", 117)], "guessed", "AQE head believed, body length guessed", None, "ops_chef_data_bag_item_json"),
    ("faire_brand_api_token", "commerce", [("uan", 64)], "guessed", "", None, "ops_cloud_init_write_files_yaml"),
    ("ankorstore_api_client_secret", "commerce", [("an", 40)], "guessed", "", ("ankorstore client id", [("an", 40)]), "ops_terraform_auto_tfvars"),
    ("gumroad_access_token", "commerce", [("an-", 43)], "read", "Kingfisher gumroad (43 of [a-zA-Z0-9-])", None, "ops_dokku_config_set_capture"),
    ("snipcart_secret_api_key", "commerce", [("an_", 75)], "read", "Kingfisher snipcart (75 of [A-Za-z0-9_])", None, "ops_pm2_ecosystem_config_js"),
    ("loyverse_pos_access_token", "commerce", [("hex", 32)], "read", "Kingfisher loyverse (32 of [0-9a-z]; hex believed)", None, "ops_openrc_conf_d_file"),
    ("freeagent_oauth_client_secret", "commerce", [("b64u", 22)], "guessed", "", ("freeagent oauth identifier", [("b64u", 22)]), "ops_gitlab_ci_variables_yml"),
    ("sage_accounting_client_secret", "commerce", [("an", 40)], "guessed", "", ("sage client id", "uuid4"), "ops_terraform_auto_tfvars"),
    ("taxjar_api_token", "commerce", [("hex", 32)], "read", "Kingfisher taxjar (32 of [a-z0-9]; hex believed)", None, "ops_pm2_ecosystem_config_js"),
    ("storecove_einvoicing_api_key", "commerce", [("b64u", 43)], "read", "Kingfisher storecove (43 of [a-zA-Z0-9_-])", None, "ops_chef_data_bag_item_json"),
    ("shippo_live_api_token", "shipping", ["shippo_live_", ("hex", 40)], "read", "gitleaks shippo-api-token", None, "ops_gh_secret_set_capture"),
    ("easypost_production_api_key", "shipping", ["EZAK", ("an", 54)], "read", "gitleaks easypost-api-token", None, "ops_dokku_config_set_capture"),
    ("royal_mail_click_and_drop_api_key", "shipping", "uuid4", "guessed", "", None, "ops_openrc_conf_d_file"),
    ("flexport_api_key", "shipping", ["shltm_", ("b64u", 40)], "read", "Kingfisher flexport (shltm_ + 40)", None, "ops_salt_pillar_sls"),
    ("route4me_api_key", "shipping", [("uan", 32)], "read", "Kingfisher route4me (32 of [0-9A-Z])", None, "ops_cloud_init_write_files_yaml"),
    ("onfleet_api_key", "shipping", [("lan", 32)], "read", "Kingfisher onfleet (32 of [a-z0-9])", None, "ops_kamal_secrets_dotenv"),
    ("acuity_scheduling_api_key", "bookings", [("hex", 32)], "believed", "", ("acuity user id", [("d", 8)]), "ops_openrc_conf_d_file"),
    ("jotform_api_key", "bookings", [("an", 32)], "read", "Kingfisher jotform (32 of [0-9A-Za-z])", None, "ops_pm2_ecosystem_config_js"),
    ("typeform_personal_access_token", "bookings", ["tfp_", ("an", 44), "_", ("an", 14)], "read", "gitleaks typeform-api-token (tfp_ + 59; the 44 + _ + 14 split believed)", None, "ops_dokku_config_set_capture"),
    ("sendgrid_mail_send_api_key", "marketing", ["SG.", ("b64u", 22), ".", ("b64u", 43)], "read", "Kingfisher sendgrid (SG. + 20-24 + . + 39-47; 22 and 43 mine)", None, "ops_supervisord_program_environment"),
    ("postmark_server_api_token", "marketing", "uuid4", "read", "Kingfisher postmark (UUID; v4 mine)", None, "ops_kamal_secrets_dotenv"),
    ("mailjet_api_secret_key", "marketing", [("hex", 32)], "believed", "", ("mailjet api key", [("hex", 32)]), "ops_salt_pillar_sls"),
    ("moosend_api_key", "marketing", "uuid4", "read", "Kingfisher moosend (UUID; v4 mine)", None, "ops_cloud_init_write_files_yaml"),
    ("pipedrive_api_token", "marketing", [("hex", 40)], "read", "Kingfisher pipedrive (40 alphanumerics; hex believed)", None, "ops_gh_secret_set_capture"),
    ("hubspot_private_app_access_token", "marketing", ["pat-eu1-", "uuid4"], "believed", "", None, "ops_chef_data_bag_item_json"),
    # messaging and notifications
    ("twilio_api_key_secret", "messaging", [("an", 32)], "believed", "the SK key sid beside it follows gitleaks twilio-api-key", ("twilio api key sid", ["SK", ("hex", 32)]), "ops_pm2_ecosystem_config_js"),
    ("vonage_api_secret", "messaging", [("an", 16)], "believed", "", ("vonage api key", [("hex", 8)]), "ops_openrc_conf_d_file"),
    ("pusher_channels_app_secret", "messaging", [("hex", 20)], "believed", "", ("pusher app key", [("hex", 20)]), "ops_gitlab_ci_variables_yml"),
    ("ably_root_api_key", "messaging", [("an", 6), ".", ("an", 6), ":", ("b64u", 43)], "believed", "", None, "ops_kamal_secrets_dotenv"),
    ("discord_bot_token", "messaging", None, "read", "Kingfisher discord bot token (24 + . + 6 + . + 27); the Base64 user id inside believed", None, "ops_supervisord_program_environment"),
    ("discord_channel_webhook_url", "messaging", ["https://discord.com/api/webhooks/", ("d", 18), "/", ("b64u", 68)], "read", "Kingfisher discord webhook (18 digits + / + 68)", None, "ops_cloud_init_write_files_yaml"),
    ("slack_app_level_token", "messaging", ["xapp-1-A", ("uan", 10), "-", ("d", 13), "-", ("hex", 64)], "read", "gitleaks slack-app-token (segment lengths mine)", None, "ops_dokku_config_set_capture"),
    ("slack_incoming_webhook_url", "messaging", ["https://hooks.slack.com/services/T", ("uan", 10), "/B", ("uan", 10), "/", ("an", 24)], "read", "gitleaks slack-webhook-url", None, "ops_gitlab_ci_variables_yml"),
    ("teams_incoming_webhook_url", "messaging", ["https://", ("lan", 10), ".webhook.office.com/webhookb2/", "uuid4", "@", "uuid4", "/IncomingWebhook/", ("hex", 32), "/", "uuid4"], "read", "gitleaks microsoft-teams-webhook (UUIDs v4 mine)", None, "ops_salt_pillar_sls"),
    ("pushbullet_access_token", "messaging", ["o.", ("an", 32)], "read", "Kingfisher pushbullet (34 of [A-Za-z0-9_.]; the o. head believed)", None, "ops_kamal_secrets_dotenv"),
    ("meta_whatsapp_cloud_access_token", "messaging", ["EAAM", ("an", 180)], "read", "gitleaks facebook-page-access-token (EAA[MC] + 100 or more; 180 mine)", None, "ops_pulumi_config_set_secret_capture"),
    ("onesignal_rest_api_key", "messaging", "uuid4", "read", "Kingfisher onesignal (UUID; v4 mine)", ("onesignal app id", "uuid4"), "ops_gh_secret_set_capture"),
    # AI and vision
    ("openai_admin_api_key", "ai", ["sk-admin-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], "read", "gitleaks openai-api-key (admin form, 74 + 74)", None, "dev_vscode_rest_client_settings_json"),
    ("openai_service_account_key", "ai", ["sk-svcacct-", ("b64u", 58), "T3BlbkFJ", ("b64u", 58)], "read", "gitleaks openai-api-key (svcacct form, 58 + 58)", None, "dev_jupyter_notebook_cell_json"),
    ("anthropic_admin_api_key", "ai", ["sk-ant-admin01-", ("b64u", 93), "AA"], "read", "gitleaks anthropic-admin-api-key", None, "dev_insomnia_environment_export_json"),
    ("mistral_la_plateforme_api_key", "ai", [("an", 32)], "guessed", "", None, "dev_direnv_envrc"),
    ("cohere_production_api_key", "ai", [("an", 40)], "read", "gitleaks cohere-api-token (40)", None, "dev_jupyter_notebook_cell_json"),
    ("deepseek_platform_api_key", "ai", ["sk-", ("hex", 32)], "believed", "", None, "dev_postman_environment_json"),
    ("openrouter_api_key", "ai", ["sk-or-v1-", ("hex", 64)], "believed", "", None, "dev_direnv_envrc"),
    ("elevenlabs_api_key", "ai", ["sk_", ("hex", 48)], "read", "Kingfisher elevenlabs (sk_ + 48 hex)", None, "dev_postman_environment_json"),
    ("xai_grok_api_key", "ai", ["xai-", ("an", 80)], "read", "Kingfisher xai (xai- + 80)", None, "dev_vscode_rest_client_settings_json"),
    ("assemblyai_api_key", "ai", [("hex", 32)], "read", "Kingfisher assemblyai (32 of [0-9a-z]; hex believed)", None, "dev_jupyter_notebook_cell_json"),
    ("deepgram_api_key", "ai", [("hex", 40)], "read", "Kingfisher deepgram (40 of [0-9a-z]; hex believed)", None, "dev_insomnia_environment_export_json"),
    ("roboflow_private_api_key", "ai", [("an", 20)], "guessed", "", None, "dev_jupyter_notebook_cell_json"),
    ("clarifai_personal_access_token", "ai", [("hex", 32)], "read", "Kingfisher clarifai (32 alphanumerics; hex believed)", None, "dev_direnv_envrc"),
    # developer, cloud, monitoring and ops
    ("github_classic_personal_access_token", "dev", ["ghp_", ("an", 36)], "read", "gitleaks github-pat", None, "dev_yarnrc_yml"),
    ("gitlab_runner_authentication_token", "dev", ["glrt-", ("b64u", 20)], "read", "gitleaks gitlab-runner-authentication-token", None, "ops_cloud_init_write_files_yaml"),
    ("gitlab_pipeline_trigger_token", "dev", ["glptt-", ("hex", 40)], "read", "gitleaks gitlab-ptt", None, "ops_gitlab_ci_variables_yml"),
    ("gitlab_deploy_token", "dev", ["gldt-", ("b64u", 20)], "read", "gitleaks gitlab-deploy-token", ("deploy token username", ["gitlab+deploy-token-", ("d", 7)]), "dev_maven_settings_xml"),
    ("pypi_project_upload_token", "dev", ["pypi-AgEIcHlwaS5vcmc", ("b64u", 160)], "read", "gitleaks pypi-upload-token (50-1000 after the head; 160 mine; real ones are macaroons)", None, "dev_pypirc_file"),
    ("docker_hub_personal_access_token", "dev", ["dckr_pat_", ("b64u", 27)], "read", "Kingfisher dockerhub (dckr_pat_ + 27)", None, "dev_direnv_envrc"),
    ("nuget_org_api_key", "dev", ["oy2", ("lan", 43)], "read", "Kingfisher nuget (oy2 + 43)", None, "ops_gh_secret_set_capture"),
    ("azure_devops_personal_access_token", "dev", [("an", 84)], "read", "Kingfisher azuredevops (84 alphanumerics)", None, "dev_nuget_config_xml"),
    ("crates_io_api_token", "dev", ["cio", ("an", 32)], "read", "Kingfisher crates.io (cio + 32)", None, "dev_cargo_credentials_toml"),
    ("linear_personal_api_key", "dev", ["lin_api_", ("an", 40)], "read", "gitleaks linear-api-key", None, "dev_vscode_rest_client_settings_json"),
    ("asana_personal_access_token", "dev", ["2/", ("d", 16), "/", ("d", 16), ":", ("hex", 32)], "read", "Kingfisher asana (2/ + id + / + id + : + hex; digit ids believed)", None, "dev_insomnia_environment_export_json"),
    ("trello_api_token", "dev", ["ATTA", ("hex", 64)], "believed", "Kingfisher trello allows 60-70; the ATTA head believed", ("trello api key", [("hex", 32)]), "dev_postman_environment_json"),
    ("clickup_personal_api_token", "dev", ["pk_", ("d", 8), "_", ("uan", 32)], "read", "Kingfisher clickup", None, "dev_direnv_envrc"),
    ("todoist_api_token", "dev", [("hex", 40)], "read", "Kingfisher todoist (40 of [0-9a-z]; hex believed)", None, "dev_vscode_rest_client_settings_json"),
    ("figma_personal_access_token", "dev", ["figd_", ("lan_-", 40)], "read", "Kingfisher figma (figd_ + 40)", None, "dev_insomnia_environment_export_json"),
    ("postman_api_key", "dev", ["PMAK-", ("hex", 24), "-", ("hex", 34)], "read", "gitleaks postman-api-token", None, "dev_postman_environment_json"),
    ("grafana_service_account_token", "dev", ["glsa_", ("an", 32), "_", ("hex", 8)], "read", "gitleaks grafana-service-account-token", None, "ops_gitlab_ci_variables_yml"),
    ("grafana_cloud_access_policy_token", "dev", None, "read", "gitleaks grafana-cloud-api-token (glc_ + Base64; the JSON keys inside believed)", None, "iot_telegraf_conf_toml"),
    ("influxdb_cloud_api_token", "dev", [("b64u", 86), "=="], "believed", "", ("influxdb organisation", "user"), "iot_telegraf_conf_toml"),
    ("new_relic_user_api_key", "dev", ["NRAK-", ("uan", 27)], "read", "gitleaks new-relic-user-api-key", None, "ops_salt_pillar_sls"),
    ("dynatrace_api_token", "dev", ["dt0c01.", ("uan", 24), ".", ("uan", 64)], "read", "gitleaks dynatrace-api-token", None, "ops_supervisord_program_environment"),
    ("honeycomb_ingest_api_key", "dev", [("an", 22)], "read", "Kingfisher honeycomb (22-character form)", None, "ops_kamal_secrets_dotenv"),
    ("betterstack_source_token", "dev", [("an", 24)], "read", "Kingfisher betterstack (24)", None, "ops_launchd_plist_environment"),
    ("launchdarkly_server_sdk_key", "dev", ["sdk-", "uuid4"], "read", "Kingfisher launchdarkly (sdk- + UUIDv4)", None, "ops_pulumi_config_set_secret_capture"),
    ("supabase_personal_access_token", "dev", ["sbp_", ("hex", 40)], "read", "Kingfisher supabase (sbp_ + 40 of [a-z0-9]; hex believed)", None, "dev_direnv_envrc"),
    ("netlify_personal_access_token", "dev", ["nfp_", ("an", 40)], "believed", "", None, "ops_gh_secret_set_capture"),
    ("fly_io_deploy_token", "dev", ["fm2_", ("b64", 140)], "read", "gitleaks flyio-access-token (fm2_ + 100 or more Base64; 140 mine)", None, "ops_gitlab_ci_variables_yml"),
    ("hcp_terraform_user_token", "dev", [("an", 14), ".atlasv1.", ("an", 67)], "read", "Kingfisher terraformcloud (14 + .atlasv1. + 67)", None, "ops_terraform_auto_tfvars"),
    ("hashicorp_vault_service_token", "dev", ["hvs.", ("b64u", 95)], "read", "gitleaks vault-service-token (hvs. + 90-120; 95 mine)", None, "ops_openrc_conf_d_file"),
    ("ngrok_agent_authtoken", "dev", [("an", 27), "_", ("d", 1), ("an", 20)], "read", "Kingfisher ngrok (25-30 + _ + digit + 20)", None, "ops_launchd_plist_environment"),
    ("azure_ad_client_secret", "dev", [("az3", 3), ("d", 1), "Q~", ("az34", 34)], "read", "gitleaks azure-ad-client-secret", ("azure application client id", "uuid4"), "ops_terraform_auto_tfvars"),
    ("cloudflare_r2_secret_access_key", "dev", [("hex", 64)], "believed", "", ("r2 access key id", [("hex", 32)]), "ops_pulumi_config_set_secret_capture"),
    ("vultr_api_key", "dev", [("uan", 36)], "read", "Kingfisher vultr (36 of [A-Z0-9])", None, "ops_cloud_init_write_files_yaml"),
    ("ovh_application_secret", "dev", [("an", 32)], "believed", "", ("ovh application key", [("an", 16)]), "ops_ansible_inventory_ini"),
    ("particle_cloud_access_token", "dev", [("hex", 40)], "read", "Kingfisher particle.io (40 alphanumerics; hex believed)", None, "ops_openrc_conf_d_file"),
    ("adafruit_io_key", "dev", ["aio_", ("an", 28)], "read", "Kingfisher adafruitio (aio_ + 28)", ("adafruit io username", "user"), "iot_mosquitto_bridge_conf"),
    ("tuya_iot_access_secret", "dev", [("hex", 32)], "believed", "", ("tuya access id", [("lan", 20)]), "dev_jupyter_notebook_cell_json"),
    ("artifactory_api_key", "dev", ["AKCp", ("an", 69)], "read", "gitleaks artifactory-api-key", ("artifactory username", "user"), "dev_maven_settings_xml"),
    ("sourcegraph_access_token", "dev", ["sgp_", ("hex", 16), "_", ("hex", 40)], "read", "Kingfisher sourcegraph", None, "dev_vscode_rest_client_settings_json"),
    ("octopus_deploy_api_key", "dev", ["API-", ("uan", 26)], "read", "gitleaks octopus-deploy-api-key", None, "ops_nssm_set_capture"),
    ("atlassian_cloud_api_token", "dev", ["ATATT3xFfGF0", ("b64u", 170), "=", ("HEX", 8)], "believed", "", None, "dev_insomnia_environment_export_json"),
    ("mapbox_secret_access_token", "dev", None, "read", "Kingfisher mapbox secret token (sk. + 32-128 + . + 20-30; the JSON inside believed)", None, "dev_xcode_xcconfig"),
    ("okta_api_token", "dev", ["00", ("b64u", 40)], "read", "gitleaks okta-access-token (00 + 40)", None, "ops_nssm_set_capture"),
    ("auth0_management_client_secret", "dev", [("b64u", 64)], "believed", "", ("auth0 client id", [("an", 32)]), "ops_pulumi_config_set_secret_capture"),
]

GROUP_TITLES = {
    "trade": "Trade portals and devices of tanneries, curriers and parchment makers (owner-chosen logins)",
    "commerce": "Shop, payments, marketplaces, accounting and e-invoicing",
    "shipping": "Shipping, freight and collection rounds",
    "bookings": "Tannery tours, leathercraft courses and forms",
    "marketing": "E-mail, CRM and marketing",
    "messaging": "Messaging, chat and notifications",
    "ai": "AI and vision services",
    "dev": "Developer, cloud, monitoring, IoT and ops services",
}


def regex_for(t, spec):
    if t in SPECIAL:
        return None
    return spec_regex(spec)


def value_ok(t, spec, v):
    if t in SPECIAL:
        return SPECIAL[t][1](v)
    return re.fullmatch(spec_regex(spec), v) is not None


def shape_text(t, spec):
    if t in SPECIAL:
        return SPECIAL[t][2]
    return spec_desc(spec)


# ---------------------------------------------------------------------------
# styles: name -> (key style, forbidden characters, description, renderer)
# renderer(r, ctx) with ctx: key, words, V, nb (label words, value) or None,
# nbkey, title, host
# ---------------------------------------------------------------------------
def _repo(r):
    return r.choice(["tanyard-sync", "hide-portal", "vellum-orders", "saddlery-shop", "beamhouse", "grading"])


def s_gh(r, c):
    repo = _repo(r)
    out = "$ gh secret set %s --repo settingout/%s --body '%s'\n✓ Set Actions secret %s for settingout/%s\n" % (
        c["key"], repo, c["V"], c["key"], repo)
    if c["nb"]:
        out += "$ gh variable set %s --repo settingout/%s --body '%s'\n✓ Created variable %s for settingout/%s\n" % (
            c["nbkey"], repo, c["nb"][1], c["nbkey"], repo)
    return out


def s_pulumi(r, c):
    proj = r.choice(["hidesmoor", "brackwater", "lunellum", "carrowpell"])
    out = "$ pulumi config set --secret %s:%s '%s'\n" % (proj, c["key"], c["V"])
    rows = [(c["key"], "[secret]")]
    if c["nb"]:
        out += "$ pulumi config set %s:%s '%s'\n" % (proj, c["nbkey"], c["nb"][1])
        rows.append((c["nbkey"], c["nb"][1]))
    out += "$ pulumi config\nKEY%sVALUE\n" % (" " * 38)
    for k, v in rows:
        out += "%-41s%s\n" % (k, v)
    return out


def s_tfvars(r, c):
    out = "# secrets.auto.tfvars (not committed, %s)\nregion = \"eu-west-2\"\n" % W.first_name(r)
    if c["nb"]:
        out += "%s = \"%s\"\n" % (c["nbkey"], c["nb"][1])
    out += "%s = \"%s\"\n" % (c["key"], c["V"])
    return out


def s_supervisord(r, c):
    env = ["HOME=\"/srv/sync\""]
    if c["nb"]:
        env.append("%s=\"%s\"" % (c["nbkey"], c["nb"][1]))
    env.append("%s=\"%s\"" % (c["key"], c["V"]))
    return ("[program:%s]\ncommand=/srv/sync/venv/bin/python -m sync\nautostart=true\nenvironment=%s\n"
            "stdout_logfile=/var/log/sync.log\n") % (_repo(r), ",".join(env))


def s_pm2(r, c):
    lines = ["        NODE_ENV: 'production',"]
    if c["nb"]:
        lines.append("        %s: '%s'," % (c["nbkey"], c["nb"][1]))
    lines.append("        %s: '%s'," % (c["key"], c["V"]))
    return ("module.exports = {\n  apps: [\n    {\n      name: '%s',\n      script: './dist/server.js',\n"
            "      env_production: {\n%s\n      },\n    },\n  ],\n};\n") % (_repo(r), "\n".join(lines))


def s_salt(r, c):
    out = "# /srv/pillar/%s.sls\n%s:\n" % (_repo(r), r.choice(["hidesmoor", "brackwater", "lunellum"]))
    if c["nb"]:
        out += "  %s: '%s'\n" % (c["nbkey"], c["nb"][1])
    out += "  %s: '%s'\n" % (c["key"], c["V"])
    return out


def s_chef(r, c):
    d = {"id": _repo(r)}
    if c["nb"]:
        d[c["nbkey"]] = c["nb"][1]
    d[c["key"]] = c["V"]
    return json.dumps(d, indent=2)


def s_cloud_init(r, c):
    lines = ["      NODE_ENV=production"]
    if c["nb"]:
        lines.append("      %s=%s" % (c["nbkey"], c["nb"][1]))
    lines.append("      %s=%s" % (c["key"], c["V"]))
    return ("#cloud-config\nhostname: %s\nwrite_files:\n  - path: /etc/default/%s\n    permissions: '0600'\n"
            "    content: |\n%s\nruncmd:\n  - systemctl restart %s\n") % (
        r.choice(["yard-gw", "store-gw", "herse-gw"]), _repo(r), "\n".join(lines), _repo(r))


def s_openrc(r, c):
    out = "# /etc/conf.d/%s\ncommand_user=\"sync:sync\"\n" % _repo(r)
    if c["nb"]:
        out += "export %s=\"%s\"\n" % (c["nbkey"], c["nb"][1])
    out += "export %s=\"%s\"\n" % (c["key"], c["V"])
    return out


def s_launchd(r, c):
    env = ""
    if c["nb"]:
        env += "\t\t<key>%s</key>\n\t\t<string>%s</string>\n" % (c["nbkey"], c["nb"][1])
    env += "\t\t<key>%s</key>\n\t\t<string>%s</string>\n" % (c["key"], c["V"])
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>Label</key>\n"
            "\t<string>example.settingout.%s</string>\n\t<key>EnvironmentVariables</key>\n\t<dict>\n%s\t</dict>\n"
            "</dict>\n</plist>\n") % (_repo(r), env)


def s_nssm(r, c):
    out = "C:\\tools> nssm set TanyardSync AppEnvironmentExtra %s=%s\nSet parameter \"AppEnvironmentExtra\" for service \"TanyardSync\".\n" % (c["key"], c["V"])
    out += "C:\\tools> nssm restart TanyardSync\nTanyardSync: STOP: The operation completed successfully.\n"
    return out


def s_dokku(r, c):
    app = _repo(r)
    out = "$ dokku config:set --no-restart %s %s=%s\n-----> Setting config vars\n       %s: [hidden]\n" % (
        app, c["key"], c["V"], c["key"])
    if c["nb"]:
        out += "$ dokku config:set --no-restart %s %s=%s\n-----> Setting config vars\n" % (app, c["nbkey"], c["nb"][1])
    return out


def s_kamal(r, c):
    out = "# .kamal/secrets (production, %s)\nKAMAL_REGISTRY_USER=settingout\n" % W.first_name(r)
    if c["nb"]:
        out += "%s=%s\n" % (c["nbkey"], c["nb"][1])
    out += "%s=%s\n" % (c["key"], c["V"])
    return out


def s_gitlab(r, c):
    out = "stages: [deploy]\nvariables:\n  DEPLOY_ENV: production\n"
    if c["nb"]:
        out += "  %s: \"%s\"\n" % (c["nbkey"], c["nb"][1])
    out += "  %s: \"%s\"\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n" % (c["key"], c["V"])
    return out


def s_ansible_ini(r, c):
    extra = ""
    if c["nb"]:
        extra = " %s=%s" % (c["nbkey"], c["nb"][1])
    return "[dns_updaters]\nyard-gw ansible_host=%s%s %s=%s\n\n[dns_updaters:vars]\nansible_user=deploy\n" % (
        W.ip(r), extra, c["key"], c["V"])


def s_vscode(r, c):
    env = {"baseUrl": "https://api.%s" % r.choice(["hidesmoor.example", "lunellum.example"])}
    if c["nb"]:
        env[c["nbkey"]] = c["nb"][1]
    env[c["key"]] = c["V"]
    return json.dumps({"editor.fontSize": 14, "rest-client.environmentVariables": {"$shared": {}, "production": env}}, indent=2)


def s_insomnia(r, c):
    data = {"base_url": "https://api.%s" % r.choice(["carrowpell.example", "brackwater-tannery.example"])}
    if c["nb"]:
        data[c["nbkey"]] = c["nb"][1]
    data[c["key"]] = c["V"]
    doc = {"_type": "export", "__export_format": 4, "resources": [
        {"_id": "env_" + C.rand_str(r, C.HEX, 12), "_type": "environment", "name": "Production", "data": data}]}
    return json.dumps(doc, indent=2)


def s_postman(r, c):
    vals = [{"key": "baseUrl", "value": "https://api.lunellum.example", "type": "default", "enabled": True}]
    if c["nb"]:
        vals.append({"key": c["nbkey"], "value": c["nb"][1], "type": "default", "enabled": True})
    vals.append({"key": c["key"], "value": c["V"], "type": "secret", "enabled": True})
    return json.dumps({"id": C.uuid4(r), "name": "Tannery production", "values": vals, "_postman_variable_scope": "environment"}, indent=2)


def s_pypirc(r, c):
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\n  username = __token__\n  password = %s\n" % c["V"]


def s_nuget(r, c):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n"
            "    <add key=\"settingout\" value=\"https://pkgs.dev.azure.com/settingout/_packaging/tanyard/nuget/v3/index.json\" />\n"
            "  </packageSources>\n  <packageSourceCredentials>\n    <settingout>\n"
            "      <add key=\"Username\" value=\"%s\" />\n      <add key=\"ClearTextPassword\" value=\"%s\" />\n"
            "    </settingout>\n  </packageSourceCredentials>\n</configuration>\n") % (W.email(r, "settingout"), c["V"])


def s_cargo(r, c):
    return "# ~/.cargo/credentials.toml\n[registry]\ntoken = \"%s\"\n" % c["V"]


def s_yarnrc(r, c):
    return ("nodeLinker: node-modules\nnpmScopes:\n  settingout:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n"
            "    npmAlwaysAuth: true\n    npmAuthToken: \"%s\"\n") % c["V"]


def s_direnv(r, c):
    out = "# .envrc (%s)\nexport APP_ENV=development\n" % _repo(r)
    if c["nb"]:
        out += "export %s='%s'\n" % (c["nbkey"], c["nb"][1])
    out += "export %s='%s'\n" % (c["key"], c["V"])
    return out


def s_jupyter(r, c):
    src = ["import os\n"]
    if c["nb"]:
        src.append("os.environ[\"%s\"] = \"%s\"\n" % (c["nbkey"], c["nb"][1]))
    src.append("os.environ[\"%s\"] = \"%s\"\n" % (c["key"], c["V"]))
    src.append("client = make_client()")
    doc = {"cells": [{"cell_type": "code", "execution_count": r.randint(1, 40), "metadata": {}, "outputs": [], "source": src}],
           "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1)


def s_xcconfig(r, c):
    return "// Secrets.xcconfig (vellum orders app)\nPRODUCT_NAME = Vellum Orders\n%s = %s\n" % (c["key"], c["V"])


def s_maven(r, c):
    user = c["nb"][1] if c["nb"] else "deploy"
    return ("<settings>\n  <servers>\n    <server>\n      <id>%s</id>\n      <username>%s</username>\n"
            "      <password>%s</password>\n    </server>\n  </servers>\n</settings>\n") % (_repo(r), user, c["V"])


def _csv_field(s):
    return s


def s_lastpass(r, c):
    user = c["nb"][1] if c["nb"] else W.email(r)
    return ("url,username,password,totp,extra,name,grouping,fav\n"
            "https://%s/login,%s,%s,,,%s,Tannery,0\n") % (c["host"], user, c["V"], c["title"])


def s_keepassxc(r, c):
    user = c["nb"][1] if c["nb"] else W.email(r)
    return ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\",\"TOTP\",\"Icon\",\"Last Modified\",\"Created\"\n"
            "\"Root/Trade\",\"%s\",\"%s\",\"%s\",\"https://%s/\",\"\",\"\",\"0\",\"2024-%02d-%02dT10:00:00Z\",\"2023-%02d-%02dT09:00:00Z\"\n") % (
        c["title"], user, c["V"], c["host"], r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(1, 28))


def s_proton(r, c):
    user = c["nb"][1] if c["nb"] else ""
    return ("type,name,url,email,username,password,note,totp,createTime,modifyTime,vault\n"
            "login,%s,https://%s/,%s,%s,%s,,,%d,%d,Tannery\n") % (
        c["title"], c["host"], W.email(r), user, c["V"], 1690000000 + r.randint(0, 9999999), 1700000000 + r.randint(0, 9999999))


def s_slack(r, c):
    who = W.person(r)
    nbtxt = (" (%s %s)" % (" ".join(c["nb"][0]), c["nb"][1])) if c["nb"] else ""
    msgs = [{"type": "message", "user": "U0" + C.rand_str(r, C.UPPER_ALNUM, 9), "text": "who has the %s login?" % c["title"],
             "ts": "17%08d.%06d" % (r.randint(0, 99999999), r.randint(0, 999999))},
            {"type": "message", "user": "U0" + C.rand_str(r, C.UPPER_ALNUM, 9), "user_name": who,
             "text": "%s is %s%s" % (" ".join(c["words"]), c["V"], nbtxt),
             "ts": "17%08d.%06d" % (r.randint(0, 99999999), r.randint(0, 999999))}]
    return json.dumps(msgs, indent=2, ensure_ascii=False)


def s_thunderbird(r, c):
    nbtxt = ("%s: %s\n" % (" ".join(c["nb"][0]), c["nb"][1])) if c["nb"] else ""
    return ("From: %s\nTo: %s\nSubject: %s login\nDate: Tue, %d May 2024 09:%02d:11 +0100\nMessage-ID: <%s@%s>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n"
            "As asked on the phone:\n\n%s%s: %s\n\nPlease change it after the audit.\n") % (
        W.email(r), W.email(r), c["title"], r.randint(1, 28), r.randint(0, 59), C.uuid4(r), "lunellum.example",
        nbtxt, " ".join(c["words"]), c["V"])


def s_telegraf(r, c):
    if c["type"] == "influxdb_cloud_api_token":
        return ("[agent]\n  interval = \"30s\"\n\n[[outputs.influxdb_v2]]\n  urls = [\"https://eu-central-1-1.aws.cloud2.influxdata.com\"]\n"
                "  token = \"%s\"\n  organization = \"%s\"\n  bucket = \"cold-store\"\n\n[[inputs.mqtt_consumer]]\n"
                "  servers = [\"tcp://%s:1883\"]\n  topics = [\"store/+/temp\"]\n") % (c["V"], c["nb"][1], W.ip(r))
    return ("[agent]\n  interval = \"30s\"\n\n[[outputs.http]]\n  url = \"https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push\"\n"
            "  data_format = \"prometheusremotewrite\"\n  [outputs.http.headers]\n    Authorization = \"Bearer %s\"\n") % c["V"]


def s_mosquitto(r, c):
    if c["type"] == "adafruit_io_key":
        addr = "io.adafruit.com:8883"
    else:
        addr = "%s:8883" % r.choice(["mqtt.hidesmoor.example", "mqtt.brackwater-tannery.example"])
    return ("# /etc/mosquitto/conf.d/bridge.conf\nconnection yard-bridge\naddress %s\nbridge_protocol_version mqttv311\n"
            "remote_username %s\nremote_password %s\ntopic store/# out 1\n") % (addr, c["nb"][1], c["V"])


STYLES = {
    "ops_gh_secret_set_capture": ("upper", "'", "terminal capture of `gh secret set --body` (GitHub CLI)", s_gh),
    "ops_pulumi_config_set_secret_capture": ("camel", "'", "terminal capture of `pulumi config set --secret` and `pulumi config`", s_pulumi),
    "ops_terraform_auto_tfvars": ("snake", "\"\\$%", "Terraform secrets.auto.tfvars", s_tfvars),
    "ops_supervisord_program_environment": ("upper", "\",%\\", "supervisord program section with environment=", s_supervisord),
    "ops_pm2_ecosystem_config_js": ("upper", "'\\", "PM2 ecosystem.config.js env_production block", s_pm2),
    "ops_salt_pillar_sls": ("snake", "'", "SaltStack pillar .sls", s_salt),
    "ops_chef_data_bag_item_json": ("snake", "\"\\", "Chef data bag item (JSON)", s_chef),
    "ops_cloud_init_write_files_yaml": ("upper", "\"'$`# \\", "cloud-init user-data writing an environment file", s_cloud_init),
    "ops_openrc_conf_d_file": ("upper", "\"$`\\", "OpenRC /etc/conf.d file with exports", s_openrc),
    "ops_launchd_plist_environment": ("upper", "&<>", "launchd plist EnvironmentVariables", s_launchd),
    "ops_nssm_set_capture": ("upper", "\"%^&|<> ", "terminal capture of `nssm set AppEnvironmentExtra` on a Windows host", s_nssm),
    "ops_dokku_config_set_capture": ("upper", "$`\"'!&;|<>()*?[]{}~#\\ ", "terminal capture of `dokku config:set`", s_dokku),
    "ops_kamal_secrets_dotenv": ("upper", "$\"'# `\\", "Kamal .kamal/secrets file", s_kamal),
    "ops_gitlab_ci_variables_yml": ("upper", "\"\\$", ".gitlab-ci.yml variables block", s_gitlab),
    "ops_ansible_inventory_ini": ("snake", "\"' #;\\", "Ansible INI inventory with host variables", s_ansible_ini),
    "dev_vscode_rest_client_settings_json": ("camel", "\"\\", "VS Code settings.json rest-client environment", s_vscode),
    "dev_insomnia_environment_export_json": ("snake", "\"\\", "Insomnia environment export (JSON)", s_insomnia),
    "dev_postman_environment_json": ("camel", "\"\\", "Postman environment export (JSON)", s_postman),
    "dev_pypirc_file": ("native", "% ", "~/.pypirc (native password field)", s_pypirc),
    "dev_nuget_config_xml": ("native", "&<>\"", "NuGet.Config packageSourceCredentials (native ClearTextPassword)", s_nuget),
    "dev_cargo_credentials_toml": ("native", "\"\\", "~/.cargo/credentials.toml (native token)", s_cargo),
    "dev_yarnrc_yml": ("native", "\"\\", ".yarnrc.yml npmScopes (native npmAuthToken)", s_yarnrc),
    "dev_direnv_envrc": ("upper", "'", "direnv .envrc", s_direnv),
    "dev_jupyter_notebook_cell_json": ("upper", "\"\\", "Jupyter notebook cell setting os.environ (JSON)", s_jupyter),
    "dev_xcode_xcconfig": ("upper", "/$\"", "Xcode Secrets.xcconfig", s_xcconfig),
    "dev_maven_settings_xml": ("native", "&<>", "~/.m2/settings.xml server entry (native password)", s_maven),
    "office_lastpass_csv_export": ("native", ",\"", "LastPass CSV export row", s_lastpass),
    "office_keepassxc_csv_export": ("native", "\"", "KeePassXC CSV export row", s_keepassxc),
    "office_proton_pass_csv_export": ("native", ",\"", "Proton Pass CSV export row", s_proton),
    "office_slack_export_channel_json": ("spaced", "\"\\<>&", "Slack export channel day file (JSON)", s_slack),
    "office_thunderbird_eml_message": ("spaced", "", "Thunderbird message saved as .eml", s_thunderbird),
    "iot_telegraf_conf_toml": ("native", "\"\\", "Telegraf telegraf.conf output plugin (native token field)", s_telegraf),
    "iot_mosquitto_bridge_conf": ("native", " #", "Mosquitto bridge conf (native remote_password)", s_mosquitto),
}
JSON_STYLES = {"ops_chef_data_bag_item_json", "dev_vscode_rest_client_settings_json", "dev_insomnia_environment_export_json",
               "dev_postman_environment_json", "dev_jupyter_notebook_cell_json", "office_slack_export_channel_json"}
TOML_STYLES = {"dev_cargo_credentials_toml", "iot_telegraf_conf_toml"}
CSV_STYLES = {"office_lastpass_csv_export", "office_keepassxc_csv_export", "office_proton_pass_csv_export"}
XML_STYLES = {"ops_launchd_plist_environment", "dev_nuget_config_xml", "dev_maven_settings_xml"}

TRADE_HOSTS = {
    "leather_working_group": "portal.leatherworkinggroup.example", "leather_uk": "members.leatheruk.example",
    "sltc": "members.sltc.example", "curriers_company": "livery.curriers.example", "icon_conservation": "register.icon.example",
    "scribes_illuminators": "members.calligraphy.example", "designer_bookbinders": "members.designerbookbinders.example",
    "abbey_england": "trade.abbeyengland.example", "le_prevo": "trade.leprevo.example", "silvateam": "portal.silvateam.example",
    "satra": "results.satra.example", "gemata": "support.gemata.example", "hikvision": "nvr.brackwater-tannery.example",
    "siemens_logo": "plc.carrowpell.example", "testo_saveris": "saveris.testo.example", "teltonika_rut": "router.hidesmoor.example",
    "apc_ups": "ups.lunellum.example", "environment_agency": "permits.environment-agency.example",
}


def _title(t):
    words = [w for w in t.split("_") if w != "password"]
    return " ".join(w.capitalize() for w in words)


def _host_for(t):
    for k, h in TRADE_HOSTS.items():
        if t.startswith(k):
            return h
    return "login.example"


def build(reg):
    r = random.Random(SEED)
    recs = []
    for (t, group, spec, src, note, nb, style) in VENDORS:
        kstyle, forbid, _desc, fn = STYLES[style]
        if t in SPECIAL:
            gen = SPECIAL[t][0]
            value = reg.draw(lambda: gen(r), forbid=forbid)
        else:
            value = reg.draw(lambda: gen_spec(spec, r), forbid=forbid)
        nbv = None
        if nb:
            nbv = (nb[0].split(), reg.draw(lambda: gen_spec(nb[1], r), forbid=forbid + " "))
        words = t.split("_")
        ctx = {"type": t, "words": words, "V": MARK, "nb": nbv, "title": _title(t), "host": _host_for(t),
               "key": W.style_key(words, kstyle if kstyle != "native" else "snake"),
               "nbkey": W.style_key(nbv[0], kstyle if kstyle != "native" else "snake") if nbv else None}
        text = fn(r, ctx)
        text = text.replace(json.dumps(MARK)[1:-1], MARK)
        if text.count(MARK) != 1:
            raise RuntimeError("marker count in " + t)
        start = text.index(MARK)
        text = text.replace(MARK, value)
        recs.append({"type": t, "container": "%s__%s" % (t, style), "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": t}],
                     "source": "vendor", "_neighbour": nbv[1] if nbv else None})
    return recs
