"""Vendor token types around waste collection and recycling operations."""
import string
from common133 import B62, HEX, ALNUM_L, ALNUM_U, github_classic, owner_password

U = string.ascii_uppercase
B64URLA = B62 + "-_"


def V(sh):
    return sh

# (type, key name, generator)
VENDORS = [
    ("routeware_rcc_api_key", "ROUTEWARE_API_KEY", lambda sh: sh.hex(40)),
    ("amcs_platform_client_secret", "AMCS_CLIENT_SECRET", lambda sh: sh.b62(48)),
    ("soft_pak_web_services_token", "SOFTPAK_WS_TOKEN", lambda sh: sh.upper(32)),
    ("navusoft_billing_api_key", "NAVUSOFT_API_KEY", lambda sh: sh.uuid4()),
    ("trux_route_manager_secret", "TRUX_API_SECRET", lambda sh: sh.b62(40)),
    ("curbwaste_public_api_token", "CURBWASTE_TOKEN", lambda sh: sh.pre("cw_live_", lambda: sh.s(B62, 32))),
    ("haulerhero_integration_key", "HAULERHERO_KEY", lambda sh: sh.hex(48)),
    ("wastelogics_api_password", "WASTELOGICS_API_PASSWORD", owner_password),
    ("rubicon_smart_city_client_secret", "RUBICON_CLIENT_SECRET", lambda sh: sh.b64url(36)),
    ("recollect_partner_api_key", "RECOLLECT_API_KEY", lambda sh: sh.b62(36)),
    ("compology_camera_api_token", "COMPOLOGY_API_TOKEN", lambda sh: sh.hex(64)),
    ("enevo_fill_level_api_key", "ENEVO_API_KEY", lambda sh: sh.b62(32)),
    ("sensoneo_smart_waste_api_key", "SENSONEO_API_KEY", lambda sh: sh.uuid4()),
    ("bigbelly_clean_api_token", "BIGBELLY_TOKEN", lambda sh: sh.upper(40)),
    ("nordsense_sensor_api_secret", "NORDSENSE_API_SECRET", lambda sh: sh.b64(32)),
    ("evreka_platform_api_key", "EVREKA_API_KEY", lambda sh: sh.hex(32)),
    ("ecubelabs_cleancityNetworks_key".lower(), "ECUBE_CCN_KEY", lambda sh: sh.b62(28)),
    ("brighterbins_api_token", "BRIGHTERBINS_TOKEN", lambda sh: sh.b64url(32)),
    ("samsara_fleet_api_token", "SAMSARA_API_TOKEN", lambda sh: sh.pre("samsara_api_", lambda: sh.s(B62, 30))),
    ("geotab_mygeotab_service_password", "GEOTAB_SERVICE_PASSWORD", owner_password),
    ("zonar_ground_traffic_api_key", "ZONAR_API_KEY", lambda sh: sh.upper(24)),
    ("lytx_drivecam_api_secret", "LYTX_API_SECRET", lambda sh: sh.b62(44)),
    ("motive_keeptruckin_api_key", "MOTIVE_API_KEY", lambda sh: sh.uuid4()),
    ("verizon_connect_reveal_password", "REVEAL_API_PASSWORD", owner_password),
    ("teletrac_navman_director_key", "TELETRAC_API_KEY", lambda sh: sh.hex(36)),
    ("calamp_telematics_cloud_secret", "CALAMP_APP_SECRET", lambda sh: sh.b62(40)),
    ("omnitracs_one_api_key", "OMNITRACS_API_KEY", lambda sh: sh.upper(32)),
    ("gps_insight_api_token", "GPSINSIGHT_TOKEN", lambda sh: sh.hex(40)),
    ("azuga_fleet_api_key", "AZUGA_API_KEY", lambda sh: sh.b64(24)),
    ("webfleet_connect_api_key", "WEBFLEET_APIKEY", lambda sh: sh.uuid4()),
    ("fleetio_account_api_token", "FLEETIO_API_TOKEN", lambda sh: sh.hex(40)),
    ("wheels_up_fuel_card_api_key".replace("wheels_up", "wex"), "WEX_FUELCARD_KEY", lambda sh: sh.b62(32)),
    ("routific_engine_api_token", "ROUTIFIC_TOKEN", lambda sh: sh.jwt({"_id": sh.hex(24), "iat": 1700000000 + sh.r.randrange(10**7)})),
    ("optimoroute_api_key", "OPTIMOROUTE_KEY", lambda sh: sh.b62(40)),
    ("workwave_route_manager_key", "WORKWAVE_KEY", lambda sh: sh.uuid4()),
    ("onfleet_api_key", "ONFLEET_API_KEY", lambda sh: sh.hex(32)),
    ("tomtom_routing_api_key", "TOMTOM_API_KEY", lambda sh: sh.b62(32)),
    ("google_routes_server_key_aiza", "GOOGLE_ROUTES_KEY", lambda sh: sh.pre("AIza", lambda: sh.s(B64URLA, 35))),
    ("graphhopper_directions_key", "GRAPHHOPPER_KEY", lambda sh: sh.uuid4()),
    ("rcrainfo_emanifest_api_key", "RCRAINFO_API_KEY", lambda sh: sh.b62(32)),
    ("rcrainfo_emanifest_api_id", "RCRAINFO_API_SECRET_ID", lambda sh: sh.uuid4()),
    ("stericycle_partner_portal_secret", "STERICYCLE_SECRET", lambda sh: sh.b64(30)),
    ("clean_harbors_edi_password", "CLEANHARBORS_EDI_PASS", owner_password),
    ("veolia_hazwaste_api_key", "VEOLIA_API_KEY", lambda sh: sh.hex(40)),
    ("cardinal_scale_webconnect_key", "CARDINAL_WEB_KEY", lambda sh: sh.upper(20)),
    ("rice_lake_revolution_api_token", "RICELAKE_TOKEN", lambda sh: sh.b62(32)),
    ("mettler_toledo_datbridge_secret", "METTLER_BRIDGE_SECRET", lambda sh: sh.hex(48)),
    ("avery_weigh_tronix_api_key", "AWT_API_KEY", lambda sh: sh.uuid4()),
    ("fairbanks_scales_cloud_token", "FAIRBANKS_TOKEN", lambda sh: sh.b64url(30)),
    ("amp_robotics_cortex_api_key", "AMP_CORTEX_KEY", lambda sh: sh.pre("ampk_", lambda: sh.s(B62, 40))),
    ("greyparrot_analyzer_api_key", "GREYPARROT_KEY", lambda sh: sh.b62(48)),
    ("tomra_insight_api_secret", "TOMRA_INSIGHT_SECRET", lambda sh: sh.hex(64)),
    ("bhs_max_ai_cloud_token", "MAXAI_CLOUD_TOKEN", lambda sh: sh.b64(36)),
    ("machinex_mach_hub_key", "MACHINEX_HUB_KEY", lambda sh: sh.upper(28)),
    ("stripe_live_secret_key", "STRIPE_SECRET_KEY", lambda sh: sh.pre("sk_live_", lambda: sh.s(B62, 99))),
    ("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", lambda sh: sh.pre("rk_live_", lambda: sh.s(B62, 99))),
    ("stripe_webhook_signing_secret", "STRIPE_WEBHOOK_SECRET", lambda sh: sh.pre("whsec_", lambda: sh.s(B62, 32))),
    ("square_production_access_token", "SQUARE_ACCESS_TOKEN", lambda sh: sh.pre("EAAA", lambda: sh.s(B64URLA, 60))),
    ("square_oauth_app_secret", "SQUARE_APP_SECRET", lambda sh: sh.pre("sq0csp-", lambda: sh.s(B64URLA, 43))),
    ("braintree_production_access_token", "BRAINTREE_ACCESS_TOKEN", lambda sh: sh.pre("access_token$production$", lambda: sh.s(ALNUM_L, 16) + "$" + sh.s(HEX, 32))),
    ("chargebee_full_access_key", "CHARGEBEE_API_KEY", lambda sh: sh.pre("live_", lambda: sh.s(B62, 34))),
    ("recurly_private_api_key", "RECURLY_API_KEY", lambda sh: sh.hex(32)),
    ("intuit_quickbooks_client_secret", "QBO_CLIENT_SECRET", lambda sh: sh.b62(40)),
    ("xero_app_client_secret", "XERO_CLIENT_SECRET", lambda sh: sh.b64url(36)),
    ("avalara_avatax_license_key", "AVATAX_LICENSE_KEY", lambda sh: sh.HEXU(16)),
    ("twilio_api_key_secret", "TWILIO_API_SECRET", lambda sh: sh.b62(32)),
    ("twilio_account_auth_token", "TWILIO_AUTH_TOKEN", lambda sh: sh.hex(32)),
    ("sendgrid_mail_send_key", "SENDGRID_API_KEY", lambda sh: sh.pre("SG.", lambda: sh.s(B64URLA, 22) + "." + sh.s(B64URLA, 43))),
    ("brevo_smtp_api_key_xkeysib", "BREVO_API_KEY", lambda sh: sh.pre("xkeysib-", lambda: sh.s(HEX, 64) + "-" + sh.s(B62, 16))),
    ("resend_email_api_key", "RESEND_API_KEY", lambda sh: sh.pre("re_", lambda: sh.s(B62, 8) + "_" + sh.s(B62, 24))),
    ("slack_bot_user_token_xoxb", "SLACK_BOT_TOKEN", lambda sh: sh.pre("xoxb-", lambda: sh.s("0123456789", 12) + "-" + sh.s("0123456789", 13) + "-" + sh.s(B62, 24))),
    ("slack_incoming_webhook_path", "SLACK_WEBHOOK_URL", lambda sh: sh.pre("https://hooks.slack.com/services/T", lambda: sh.s(ALNUM_U, 10) + "/B" + sh.s(ALNUM_U, 10) + "/" + sh.s(B62, 24))),
    ("discord_webhook_url_token", "DISCORD_WEBHOOK", lambda sh: sh.pre("https://discord.com/api/webhooks/", lambda: sh.s("0123456789", 19) + "/" + sh.s(B64URLA, 68))),
    ("pagerduty_rest_api_key", "PAGERDUTY_API_KEY", lambda sh: sh.pre("u+", lambda: sh.s(B64URLA, 18))),
    ("opsgenie_integration_api_key", "OPSGENIE_API_KEY", lambda sh: sh.uuid4()),
    ("grafana_cloud_access_policy_glc", "GRAFANA_CLOUD_TOKEN", lambda sh: sh.pre("glc_", lambda: sh.s(B62, 80))),
    ("grafana_service_account_glsa", "GRAFANA_SA_TOKEN", lambda sh: sh.pre("glsa_", lambda: sh.s(B62, 32) + "_" + sh.s(HEX, 8))),
    ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", lambda sh: sh.hex(32)),
    ("auth0_management_client_secret", "AUTH0_CLIENT_SECRET", lambda sh: sh.b64url(48)),
    ("okta_ssws_api_token", "OKTA_API_TOKEN", lambda sh: sh.pre("00", lambda: sh.s(B64URLA, 40))),
    ("aws_iam_secret_access_key", "AWS_SECRET_ACCESS_KEY", lambda sh: sh.raw(lambda: sh.s(B62 + "+/", 40))),
    ("azure_storage_account_key", "AZURE_STORAGE_KEY", lambda sh: sh.b64(64)),
    ("github_classic_pat_ghp", "GITHUB_TOKEN", github_classic),
    ("gitlab_personal_token_glpat", "GITLAB_TOKEN", lambda sh: sh.pre("glpat-", lambda: sh.s(B64URLA, 20))),
    ("gitlab_pipeline_trigger_glptt", "GITLAB_TRIGGER_TOKEN", lambda sh: sh.pre("glptt-", lambda: sh.s(HEX, 40))),
    ("docker_hub_pat_dckr", "DOCKERHUB_TOKEN", lambda sh: sh.pre("dckr_pat_", lambda: sh.s(B64URLA, 27))),
    ("vault_service_token_hvs", "VAULT_TOKEN", lambda sh: sh.pre("hvs.", lambda: sh.s(B62, 24))),
    ("shopify_admin_token_shpat", "SHOPIFY_ADMIN_TOKEN", lambda sh: sh.pre("shpat_", lambda: sh.s(HEX, 32))),
    ("hubspot_private_app_token", "HUBSPOT_TOKEN", lambda sh: sh.pre("pat-na1-", lambda: sh.uuid4())),
    ("zendesk_support_api_token", "ZENDESK_API_TOKEN", lambda sh: sh.b62(40)),
    ("freshdesk_agent_api_key", "FRESHDESK_API_KEY", lambda sh: sh.b62(20)),
    ("notion_integration_secret", "NOTION_TOKEN", lambda sh: sh.pre("ntn_", lambda: sh.s(B62, 46))),
    ("linear_personal_api_key", "LINEAR_API_KEY", lambda sh: sh.pre("lin_api_", lambda: sh.s(B62, 40))),
    ("figma_personal_token_figd", "FIGMA_TOKEN", lambda sh: sh.pre("figd_", lambda: sh.s(B64URLA, 40))),
    ("huggingface_user_token_hf", "HF_TOKEN", lambda sh: sh.pre("hf_", lambda: sh.s(string.ascii_letters, 34))),
    ("replicate_api_token_r8", "REPLICATE_API_TOKEN", lambda sh: sh.pre("r8_", lambda: sh.s(B62, 37))),
    ("groq_api_key_gsk", "GROQ_API_KEY", lambda sh: sh.pre("gsk_", lambda: sh.s(B62, 52))),
    ("perplexity_api_key_pplx", "PPLX_API_KEY", lambda sh: sh.pre("pplx-", lambda: sh.s(B62, 48))),
    ("heroku_platform_token_hrku", "HEROKU_API_KEY", lambda sh: sh.pre("HRKU-", lambda: sh.s(B64URLA, 60))),
    ("vercel_access_token", "VERCEL_TOKEN", lambda sh: sh.b62(24)),
    ("firebase_cloud_messaging_server_key", "FCM_SERVER_KEY", lambda sh: sh.pre("AAAA", lambda: sh.s(B64URLA, 7) + ":APA91b" + sh.s(B64URLA, 134))),
    ("onepassword_connect_token", "OP_CONNECT_TOKEN", lambda sh: sh.jwt({"aud": ["com.1password.connect"], "sub": sh.s(ALNUM_U, 26)})),
    ("pypi_scoped_upload_token", "PYPI_TOKEN", lambda sh: sh.pre("pypi-AgEIcHlwaS5vcmc", lambda: sh.s(B64URLA, 70))),
    ("dropbox_short_lived_token_sl", "DROPBOX_TOKEN", lambda sh: sh.pre("sl.", lambda: sh.s(B64URLA, 130))),
    ("asana_personal_access_token", "ASANA_PAT", lambda sh: sh.pre("2/", lambda: sh.s("0123456789", 16) + "/" + sh.s("0123456789", 16) + ":" + sh.s(HEX, 32))),
    ("clickhouse_cloud_key_secret", "CLICKHOUSE_KEY_SECRET", lambda sh: sh.pre("4b1d", lambda: sh.s(B62, 38))),
    ("elastic_cloud_api_key_encoded", "ELASTIC_API_KEY", lambda sh: sh.b64(45)),
    ("newrelic_license_key_nral", "NEW_RELIC_LICENSE_KEY", lambda sh: sh.raw(lambda: sh.s(HEX, 36) + "NRAL")),
    ("mapquest_directions_key", "MAPQUEST_KEY", lambda sh: sh.b62(32)),
    ("openroute_service_api_key", "ORS_API_KEY", lambda sh: sh.pre("5b3ce3597851110001cf6248", lambda: sh.s(HEX, 32))),
    ("particle_electron_tracker_token", "PARTICLE_TOKEN", lambda sh: sh.hex(40)),
    ("blues_notehub_session_token", "NOTEHUB_TOKEN", lambda sh: sh.b62(32)),
    ("golioth_project_api_key", "GOLIOTH_API_KEY", lambda sh: sh.b62(32)),
    ("siemens_mindsphere_app_secret", "MINDSPHERE_APP_SECRET", lambda sh: sh.b62(44)),
    ("rockwell_ftoptix_cloud_key", "OPTIX_CLOUD_KEY", lambda sh: sh.b64url(32)),
    ("ewon_talk2m_developer_id", "T2M_DEVELOPER_ID", lambda sh: sh.uuid4()),
    ("esri_arcgis_field_maps_token", "FIELDMAPS_TOKEN", lambda sh: sh.raw(lambda: sh.s(B64URLA, 24) + ".." + sh.s(B64URLA, 40))),
    ("docusign_hauler_contract_secret", "DOCUSIGN_SECRET", lambda sh: sh.uuid4()),
    ("adobe_sign_integration_key", "ADOBE_SIGN_KEY", lambda sh: sh.pre("3AAABLblqZhB", lambda: sh.s(B64URLA, 60))),
    ("ups_developer_client_secret", "UPS_CLIENT_SECRET", lambda sh: sh.b62(64)),
]

STYLES = [
    ("hauler_k8s_secret_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: hauler-integrations\nstringData:\n  {K}: \"{v}\"\n"),
    ("scalehouse_windows_setx_line", "C:\\scale> setx {K} \"{v}\" /M\n"),
    ("route_engine_fastapi_pydantic_default", "class Settings(BaseSettings):\n    {k}: str = \"{v}\"\n"),
    ("mrf_node_config_json5", "// config/production.json5\n{{\n  {c}: '{v}',\n}}\n"),
    ("telematics_rust_config_toml", "[integrations]\n{k} = \"{v}\"\n"),
    ("billing_laravel_env_production", "APP_NAME=HaulerBilling\n{K}={v}\n"),
    ("driver_app_gradle_build_config_field", "buildConfigField \"String\", \"{K}\", '\"{v}\"'\n"),
    ("dispatch_github_actions_env_block", "jobs:\n  sync:\n    env:\n      {K}: {v}\n"),
    ("portal_supervisord_program_env", "[program:portal]\nenvironment={K}=\"{v}\"\n"),
    ("ops_discord_channel_paste_line", "ops-bot: prod {k} rotated, new one {v} (delete after copying)\n"),
]


def camel(key):
    parts = key.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def generate(sh, keep_type):
    recs = []
    n = 0
    for typ, key, gen in VENDORS:
        if not keep_type(typ):
            continue
        style, tpl = STYLES[n % len(STYLES)]
        n += 1
        v = gen(sh)
        M = "\ue000"
        text = tpl.format(K=key, k=key.lower(), c=camel(key), v=M)
        st = text.index(M)
        text = text.replace(M, v)
        recs.append({"type": typ, "container": typ + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": st, "end": st + len(v), "type": typ}], "source": "vendor"})
    return recs
