import random, string
from common161 import *

UP = string.ascii_uppercase + string.digits
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

def V(r, spec):
    kind, *a = spec
    if kind == "hex": return a[1] + s(r, HEX, a[0]) if len(a) > 1 else s(r, HEX, a[0])
    if kind == "an": return (a[1] if len(a) > 1 else "") + s(r, AL, a[0])
    if kind == "lc": return (a[1] if len(a) > 1 else "") + s(r, LC, a[0])
    if kind == "up": return (a[1] if len(a) > 1 else "") + s(r, UP, a[0])
    if kind == "uuid": return (a[0] if a else "") + uuid4(r)
    if kind == "b64": return b64(r, a[0])
    if kind == "b64u": return (a[1] if len(a) > 1 else "") + b64u(r, a[0])
    if kind == "jwt": return jwt(r, a[0])
    if kind == "lic": return "-".join(s(r, UP, a[1]) for _ in range(a[0]))
    if kind == "fn": return a[0](r)

# type, shape spec. Shapes: public rule sets (gitleaks-style lists, Nosey Parker-style rules) where noted in README; else background/guessed.
CANDIDATES = [
 ("tekmetric_api_token", ("an", 40)), ("shopmonkey_api_token", ("jwt", "shopmonkey")), ("shopware_tenant_api_secret", ("hex", 64)),
 ("mitchell1_prodemand_api_key", ("an", 32)), ("alldata_connect_client_secret", ("b64", 32)), ("identifix_directhit_api_key", ("hex", 32)),
 ("autovitals_api_token", ("uuid",)), ("bolton_technology_api_key", ("lc", 40)), ("steer_crm_api_key", ("an", 48)),
 ("kukui_webhook_secret", ("hex", 40, "kwh_")), ("fortellis_client_secret", ("an", 32)), ("reynolds_rci_partner_secret", ("b64", 24)),
 ("dealertrack_api_key", ("an", 36)), ("autel_maxisys_cloud_token", ("lc", 44)), ("launch_x431_dealer_token", ("up", 32)),
 ("snapon_zeus_license_key", ("lic", 5, 5)), ("bosch_esitronic_license_key", ("lic", 4, 6)), ("drewtech_cardaq_license_key", ("lic", 4, 4)),
 ("opus_ivs_remote_session_token", ("b64u", 36)), ("hunter_hawkeye_cloud_api_key", ("hex", 48)), ("coats_tire_changer_service_key", ("up", 24)),
 ("partstech_api_key", ("hex", 32)), ("nexpart_webservice_api_key", ("an", 40)), ("worldpac_speeddial_api_key", ("uuid",)),
 ("epicor_vista_api_secret", ("b64", 32)), ("napa_prolink_api_token", ("an", 36)), ("oreilly_firstcall_api_key", ("hex", 40)),
 ("autozone_pro_partner_key", ("an", 32)), ("carfax_dealer_api_key", ("an", 40)), ("dataone_vin_api_key", ("hex", 32)),
 ("vehicledatabases_api_key", ("hex", 32)), ("carmd_partner_token", ("hex", 32)), ("smartcar_client_secret", ("uuid",)),
 ("otonomo_api_secret", ("b64", 40)), ("geotab_mygeotab_session_id", ("b64u", 16)), ("samsara_api_token", ("an", 30, "samsara_api_")),
 ("motive_api_key", ("uuid",)), ("podium_oauth_client_secret", ("an", 48)), ("broadly_api_key", ("hex", 40)),
 ("kenect_api_token", ("an", 40)), ("weave_api_token", ("jwt", "weave")), ("birdeye_api_key", ("an", 32)),
 ("repairpal_partner_key", ("hex", 32)), ("openbay_api_key", ("an", 32, "ob_live_")), ("xtime_api_secret", ("an", 40)),
 ("autoops_api_key", ("hex", 48)), ("partsauthority_api_key", ("an", 32)), ("tireconnect_api_key", ("hex", 32)),
 ("atd_tires_api_key", ("uuid",)), ("tirehub_api_key", ("an", 40)), ("texa_idc_license_key", ("lic", 4, 5)),
 ("jaltest_license_key", ("lic", 6, 4)), ("topdon_cloud_token", ("lc", 40)), ("carista_partner_api_key", ("an", 32)),
 ("obdeleven_api_token", ("b64u", 32)), ("bluedriver_api_key", ("hex", 40)), ("fixd_api_key", ("an", 32, "fixd_")),
 ("motor_information_api_secret", ("b64", 32)), ("chilton_library_api_key", ("hex", 32)), ("ari_network_api_key", ("an", 32)),
 ("revolution_parts_api_key", ("hex", 40)), ("partslink24_api_key", ("an", 40)), ("tecalliance_tecdoc_api_key", ("an", 48)),
 ("autodata_api_secret", ("hex", 64)), ("haynespro_api_token", ("an", 40)), ("rockauto_affiliate_key", ("hex", 32)),
 ("square_access_token", ("an", 22, "sq0atp-")), ("square_oauth_app_secret", ("fn", lambda r: "sq0csp-" + s(r, AL + "-_", 43))),
 ("clover_api_token", ("uuid",)), ("heartland_secret_api_key", ("an", 32, "skapi_prod_")), ("intuit_quickbooks_client_secret", ("an", 40)),
 ("xero_client_secret", ("b64u", 36)), ("braintree_access_token", ("fn", lambda r: "access_token$production$" + s(r, LC, 16) + "$" + s(r, HEX, 32))),
 ("gocardless_access_token", ("an", 40, "live_")), ("affirm_private_api_key", ("up", 32)), ("sunbit_api_key", ("an", 32)),
 ("wisetack_api_secret", ("hex", 48)), ("sendgrid_api_key", ("fn", lambda r: "SG." + s(r, AL + "-_", 22) + "." + s(r, AL + "-_", 43))),
 ("mailgun_api_key", ("hex", 32, "key-")), ("mailchimp_api_key", ("fn", lambda r: s(r, HEX, 32) + "-us" + str(r.randint(2, 21)))),
 ("textmagic_api_key", ("an", 30)), ("telnyx_api_key", ("fn", lambda r: "KEY" + s(r, "0123456789ABCDEF", 32) + "_" + s(r, AL, 22))),
 ("plivo_auth_token", ("an", 40)), ("vonage_api_secret", ("an", 16)), ("messagebird_access_key", ("an", 25)),
 ("bandwidth_api_secret", ("an", 40)), ("gitlab_personal_access_token", ("fn", lambda r: "glpat-" + s(r, AL + "-_", 20))),
 ("airtable_personal_access_token", ("fn", lambda r: "pat" + s(r, AL, 14) + "." + s(r, HEX, 64))),
 ("age_secret_key", ("fn", lambda r: "AGE-SECRET-KEY-1" + s(r, BECH, 58).upper())), ("alibaba_access_key_secret", ("an", 30)),
 ("shopify_app_secret", ("hex", 32, "shpss_")), ("shopify_admin_access_token", ("hex", 32, "shpat_")), ("heroku_api_key", ("uuid",)),
 ("digitalocean_personal_token", ("hex", 64, "dop_v1_")), ("doppler_service_token", ("an", 40, "dp.st.prd.")), ("pulumi_access_token", ("hex", 40, "pul-")),
 ("terraform_cloud_api_token", ("fn", lambda r: s(r, AL, 14) + ".atlasv1." + s(r, AL, 67))), ("sentry_user_auth_token", ("hex", 64, "sntryu_")),
 ("datadog_api_key", ("hex", 32)), ("newrelic_user_api_key", ("up", 27, "NRAK-")), ("grafana_service_account_token", ("fn", lambda r: "glsa_" + s(r, AL, 32) + "_" + s(r, HEX, 8))),
 ("rollbar_access_token", ("hex", 32)), ("algolia_admin_api_key", ("lc", 32)), ("mapbox_secret_token", ("fn", lambda r: "sk." + b64u(r, 30) + "." + s(r, AL + "-_", 22))),
 ("huggingface_access_token", ("an", 34, "hf_")), ("openai_project_api_key", ("fn", lambda r: "sk-proj-" + s(r, AL + "-_", 74) + "T3BlbkFJ" + s(r, AL + "-_", 74))),
 ("groq_api_key", ("an", 52, "gsk_")), ("perplexity_api_key", ("an", 48, "pplx-")), ("replicate_api_token", ("an", 37, "r8_")),
 ("rubygems_api_key", ("hex", 48, "rubygems_")), ("dockerhub_personal_access_token", ("fn", lambda r: "dckr_pat_" + s(r, AL + "-_", 27))),
 ("planetscale_password", ("fn", lambda r: "pscale_pw_" + s(r, AL + "_", 43))), ("supabase_service_role_key", ("jwt", "supabase")),
 ("azure_storage_account_key", ("b64", 64)), ("aws_secret_access_key", ("fn", lambda r: s(r, AL + "/+", 40))),
 ("slack_bot_token", ("fn", lambda r: "xoxb-" + s(r, "0123456789", 12) + "-" + s(r, "0123456789", 13) + "-" + s(r, AL, 24))),
 ("discord_bot_token", ("fn", lambda r: b64u(r, 18) + "." + s(r, AL + "-_", 6) + "." + s(r, AL + "-_", 38))),
 ("telegram_bot_token", ("fn", lambda r: str(r.randint(1000000000, 9999999999)) + ":AA" + s(r, AL + "-_", 33))),
 ("atlassian_api_token", ("fn", lambda r: "ATATT3xFfGF0" + s(r, AL + "-_", 170) + "=" + s(r, "0123456789ABCDEF", 8))),
 ("notion_integration_secret", ("an", 46, "ntn_")), ("linear_api_key", ("an", 40, "lin_api_")),
 ("hubspot_private_app_token", ("uuid", "pat-na1-")), ("zoho_crm_refresh_token", ("fn", lambda r: "1000." + s(r, HEX, 32) + "." + s(r, HEX, 32))),
 ("docusign_integration_secret", ("uuid",)), ("asana_personal_access_token", ("fn", lambda r: "2/" + s(r, "0123456789", 16) + "/" + s(r, "0123456789", 16) + ":" + s(r, HEX, 32))),
 ("contentful_management_token", ("an", 43, "CFPAT-")), ("postman_api_key", ("fn", lambda r: "PMAK-" + s(r, HEX, 24) + "-" + s(r, HEX, 34))),
 ("lob_live_api_key", ("hex", 32, "live_")), ("easypost_production_key", ("an", 22, "EZAK")), ("shippo_live_token", ("hex", 40, "shippo_live_")),
 ("nylas_api_key", ("an", 40, "nyk_v0_")), ("calendly_personal_token", ("jwt", "calendly")), ("typeform_personal_token", ("an", 44, "tfp_")),
 ("jotform_api_key", ("hex", 32)), ("mailjet_secret_key", ("hex", 32)), ("brevo_api_key", ("fn", lambda r: "xkeysib-" + s(r, HEX, 64) + "-" + s(r, AL, 16))),
 ("klaviyo_private_key", ("an", 34, "pk_")), ("customerio_app_api_key", ("hex", 32)), ("segment_write_key", ("an", 32)),
 ("mixpanel_service_secret", ("an", 32)), ("launchdarkly_sdk_key", ("uuid", "sdk-")), ("pagerduty_api_key", ("fn", lambda r: "u+" + s(r, AL + "-_", 18))),
]

STYLES = [
 ("shop_api_dotenv_vault_decrypted", "upper", "# decrypted from .env.vault for local debugging\n{K}={V}\n"),
 ("dvi_app_expo_app_config_extra_json", "camel", "{\n  \"expo\": {\n    \"extra\": {\n      \"{K}\": \"{V}\"\n    }\n  }\n}\n"),
 ("parts_sync_hashicorp_nomad_job_hcl", "upper", "task \"parts-sync\" {\n  env {\n    {K} = \"{V}\"\n  }\n}\n"),
 ("diag_bench_windows_setx_batch", "upper", "@echo off\nsetx {K} \"{V}\"\necho done\n"),
 ("shop_k8s_configmap_mistake_yaml", "snake", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shop-backend\ndata:\n  {K}: \"{V}\"\n"),
 ("service_drive_fish_config_set_gx", "upper", "set -gx {K} {V}\n"),
 ("vin_lookup_scala_application_conf", "camel", "vendor {\n  {K} = \"{V}\"\n  timeout = 5s\n}\n"),
 ("shop_dashboard_streamlit_secrets_toml", "snake", "[vendors]\n{K} = \"{V}\"\n"),
 ("tech_discord_help_channel_paste", "space", "anyone know why this fails? using {K} = {V} and getting 401 from the vendor\n"),
 ("dealer_integration_clojure_edn", "kebab", "{:env :prod\n :{K} \"{V}\"}\n"),
]
