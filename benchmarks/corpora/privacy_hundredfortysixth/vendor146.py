"""Vendor token types (seed 14602). Brand word = first '_' part of the type."""
import random
from common146 import spec, place

# (type, env key, shape spec)  -- shapes: see README "Shapes you had to guess"
V = [
 ("surescripts_client_secret", "SURESCRIPTS_CLIENT_SECRET", "an:40"),
 ("drfirst_rcopia_api_key", "RCOPIA_API_KEY", "HX:32"),
 ("dosespot_clinic_key", "DOSESPOT_CLINIC_KEY", "bs:64"),
 ("mdtoolbox_api_secret", "MDTOOLBOX_API_SECRET", "hx:48"),
 ("covermymeds_api_secret", "COVERMYMEDS_API_SECRET", "an:32"),
 ("changehealthcare_client_secret", "CHC_CLIENT_SECRET", "an:32"),
 ("relayhealth_partner_key", "RELAYHEALTH_PARTNER_KEY", "uuid"),
 ("fdb_cloud_api_key", "FDB_API_KEY", "HX:40"),
 ("medispan_api_secret", "MEDISPAN_API_SECRET", "b64:30"),
 ("goldstandard_drugdb_key", "GOLDSTANDARD_KEY", "uuid"),
 ("mckesson_connect_client_secret", "MCKESSON_CLIENT_SECRET", "an:44"),
 ("cardinalhealth_orderexpress_api_key", "ORDEREXPRESS_API_KEY", "hx:64"),
 ("cencora_abc_order_token", "CENCORA_ORDER_TOKEN", "bs:48"),
 ("omnicell_one_api_secret", "OMNICELL_API_SECRET", "an:48"),
 ("pyxis_es_integration_key", "PYXIS_INTEGRATION_KEY", "HX:48"),
 ("swisslog_boxpicker_api_token", "SWISSLOG_API_TOKEN", "b64:33"),
 ("parata_max_service_key", "PARATA_SERVICE_KEY", "hx:32"),
 ("yuyama_fdsii_api_key", "YUYAMA_API_KEY", "up:24"),
 ("capsa_nexsys_api_secret", "CAPSA_API_SECRET", "an:36"),
 ("arxium_rivervision_token", "ARXIUM_TOKEN", "b64u:32"),
 ("rxsafe_cabinet_api_key", "RXSAFE_API_KEY", "hx:40"),
 ("scriptpro_central_api_key", "SCRIPTPRO_API_KEY", "uuid"),
 ("kirbylester_kl1_cloud_key", "KIRBYLESTER_CLOUD_KEY", "an:32"),
 ("bluesight_kitcheck_api_token", "KITCHECK_API_TOKEN", "bs:40"),
 ("pioneerrx_api_key", "PIONEERRX_API_KEY", "HX:32"),
 ("libertysoftware_api_secret", "LIBERTY_API_SECRET", "an:40"),
 ("primerx_integration_token", "PRIMERX_TOKEN", "b64:36"),
 ("qs1_nrxpro_api_key", "QS1_API_KEY", "hx:32"),
 ("computerrx_api_key", "COMPUTERRX_API_KEY", "up:32"),
 ("bestrx_api_secret", "BESTRX_API_SECRET", "an:40"),
 ("digitalpharmacist_api_key", "DIGITALPHARMACIST_API_KEY", "hx:40"),
 ("bamboohealth_pmpgateway_client_secret", "PMP_GATEWAY_CLIENT_SECRET", "an:64"),
 ("logicoy_awarxe_sftp_key", "AWARXE_UPLOAD_KEY", "b64:32"),
 ("redox_source_secret", "REDOX_SOURCE_SECRET", "an:48"),
 ("healthgorilla_client_secret", "HEALTHGORILLA_CLIENT_SECRET", "an:40"),
 ("particlehealth_client_secret", "PARTICLE_CLIENT_SECRET", "bs:64"),
 ("oneuphealth_client_secret", "ONEUP_CLIENT_SECRET", "hx:32"),
 ("truepill_api_key", "TRUEPILL_API_KEY", "lit:tp_live_|an:32"),
 ("availity_client_secret", "AVAILITY_CLIENT_SECRET", "an:32"),
 ("waystar_api_key", "WAYSTAR_API_KEY", "uuid"),
 ("pverify_client_secret", "PVERIFY_CLIENT_SECRET", "an:24"),
 ("medimpact_claims_api_key", "MEDIMPACT_API_KEY", "HX:40"),
 ("nlm_umls_api_key", "UMLS_API_KEY", "uuid"),
 ("drugbank_api_key", "DRUGBANK_API_KEY", "hx:32"),
 ("rxrevu_api_token", "RXREVU_API_TOKEN", "bs:48"),
 ("zebra_savanna_api_key", "SAVANNA_API_KEY", "an:32"),
 ("printnode_api_key", "PRINTNODE_API_KEY", "an:43"),
 ("tracelink_api_secret", "TRACELINK_API_SECRET", "b64:32"),
 ("rfxcel_dscsa_api_key", "RFXCEL_API_KEY", "hx:40"),
 ("epic_nonproduction_client_secret", "EPIC_CLIENT_SECRET", "b64:64"),
 ("cerner_system_account_secret", "CERNER_SYSTEM_SECRET", "an:36"),
 ("athenahealth_client_secret", "ATHENA_CLIENT_SECRET", "bs:40"),
 ("nextgen_enterprise_api_key", "NEXTGEN_API_KEY", "uuid"),
 ("drchrono_client_secret", "DRCHRONO_CLIENT_SECRET", "an:128"),
 ("elation_client_secret", "ELATION_CLIENT_SECRET", "an:64"),
 ("twilio_api_key_secret", "TWILIO_API_SECRET", "an:32"),
 ("twilio_auth_token", "TWILIO_AUTH_TOKEN", "hx:32"),
 ("plivo_auth_token", "PLIVO_AUTH_TOKEN", "an:40"),
 ("vonage_api_secret", "VONAGE_API_SECRET", "an:16"),
 ("messagebird_access_key", "MESSAGEBIRD_ACCESS_KEY", "an:25"),
 ("infobip_api_key", "INFOBIP_API_KEY", "hx:32|lit:-|uuid"),
 ("onesignal_rest_api_key", "ONESIGNAL_REST_API_KEY", "lit:os_v2_app_|lo:113"),
 ("postmark_server_token", "POSTMARK_SERVER_TOKEN", "uuid"),
 ("mailgun_private_api_key", "MAILGUN_API_KEY", "lit:key-|hx:32"),
 ("sparkpost_api_key", "SPARKPOST_API_KEY", "hx:40"),
 ("stripe_webhook_signing_secret", "STRIPE_WEBHOOK_SECRET", "lit:whsec_|an:32"),
 ("paystack_secret_key", "PAYSTACK_SECRET_KEY", "lit:sk_live_|hx:40"),
 ("flutterwave_secret_key", "FLW_SECRET_KEY", "lit:FLWSECK-|hx:32|lit:-X"),
 ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", "an:24"),
 ("mollie_live_api_key", "MOLLIE_API_KEY", "lit:live_|an:30"),
 ("gocardless_live_access_token", "GOCARDLESS_ACCESS_TOKEN", "lit:live_|bs:40"),
 ("adyen_api_key", "ADYEN_API_KEY", "lit:AQE|an:12|lit:.|an:25|lit:=-|b64n:32|lit:-|an:20"),
 ("checkoutcom_secret_key", "CKO_SECRET_KEY", "lit:sk_|lo:8|lit:-|lo:4|lit:-|lo:4|lit:-|lo:4|lit:-|lo:12"),
 ("plaid_secret", "PLAID_SECRET", "hx:30"),
 ("paypal_client_secret", "PAYPAL_CLIENT_SECRET", "lit:E|bs:79"),
 ("woocommerce_consumer_secret", "WC_CONSUMER_SECRET", "lit:cs_|hx:40"),
 ("bigcommerce_access_token", "BIGCOMMERCE_ACCESS_TOKEN", "lo:31"),
 ("klaviyo_private_api_key", "KLAVIYO_PRIVATE_KEY", "lit:pk_|hx:34"),
 ("npm_automation_token", "NPM_TOKEN", "lit:npm_|an:36"),
 ("pypi_upload_token", "PYPI_TOKEN", "lit:pypi-AgEIcHlwaS5vcmc|bs:70"),
 ("anthropic_api_key", "ANTHROPIC_API_KEY", "lit:sk-ant-api03-|bs:93|lit:AA"),
 ("mistral_api_key", "MISTRAL_API_KEY", "an:32"),
 ("deepseek_api_key", "DEEPSEEK_API_KEY", "lit:sk-|hx:32"),
 ("cohere_api_key", "CO_API_KEY", "an:40"),
 ("netlify_personal_access_token", "NETLIFY_AUTH_TOKEN", "lit:nfp_|an:36"),
 ("render_api_key", "RENDER_API_KEY", "lit:rnd_|an:32"),
 ("neon_api_key", "NEON_API_KEY", "lit:napi_|lo:64"),
 ("vercel_access_token", "VERCEL_TOKEN", "an:24"),
 ("snyk_api_token", "SNYK_TOKEN", "uuid"),
 ("sonarcloud_user_token", "SONAR_TOKEN", "lit:squ_|hx:40"),
 ("newrelic_license_key", "NEW_RELIC_LICENSE_KEY", "lo:6|hx:30|lit:NRAL"),
 ("newrelic_user_api_key", "NEW_RELIC_API_KEY", "lit:NRAK-|up:27"),
 ("rollbar_server_access_token", "ROLLBAR_ACCESS_TOKEN", "hx:32"),
 ("bugsnag_api_key", "BUGSNAG_API_KEY", "hx:32"),
 ("circleci_personal_api_token", "CIRCLE_TOKEN", "lit:CCIPAT_|an:22|lit:_|hx:40"),
 ("buildkite_agent_access_token", "BUILDKITE_API_TOKEN", "lit:bkua_|hx:40"),
 ("jfrog_identity_token", "JFROG_ACCESS_TOKEN", "lit:cmVmdGtuOjAxOjE3|an:47"),
 ("splunk_hec_token", "SPLUNK_HEC_TOKEN", "uuid"),
 ("sumologic_access_key", "SUMO_ACCESS_KEY", "an:64"),
 ("tailscale_api_key", "TS_API_KEY", "lit:tskey-api-|an:17|lit:-|an:33"),
 ("ngrok_authtoken", "NGROK_AUTHTOKEN", "lit:2|an:26|lit:_|an:21"),
 ("cloudflare_origin_ca_key", "CF_ORIGIN_CA_KEY", "lit:v1.0-|hx:24|lit:-|hx:146"),
 ("linode_personal_access_token", "LINODE_TOKEN", "hx:64"),
 ("vultr_api_key", "VULTR_API_KEY", "up:36"),
 ("hetzner_cloud_api_token", "HCLOUD_TOKEN", "an:64"),
 ("scaleway_secret_key", "SCW_SECRET_KEY", "uuid"),
 ("alibaba_accesskey_secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "an:30"),
 ("tencentcloud_secret_key", "TENCENTCLOUD_SECRET_KEY", "an:32"),
 ("ibmcloud_api_key", "IBMCLOUD_API_KEY", "bs:44"),
 ("snowflake_programmatic_access_token", "SNOWFLAKE_PAT", "b64u:96"),
 ("confluent_cloud_api_secret", "CONFLUENT_API_SECRET", "an:64"),
 ("aiven_api_token", "AIVEN_TOKEN", "b64:120"),
 ("fastly_api_token", "FASTLY_API_TOKEN", "bs:32"),
 ("akamai_edgegrid_client_secret", "AKAMAI_CLIENT_SECRET", "b64:32"),
 ("contentstack_management_token", "CONTENTSTACK_MANAGEMENT_TOKEN", "lit:cs|hx:32"),
 ("sanity_api_token", "SANITY_API_TOKEN", "lit:sk|an:180"),
 ("storyblok_management_token", "STORYBLOK_OAUTH_TOKEN", "an:22|lit:-|dg:6|lit:-|an:20"),
 ("webflow_api_token", "WEBFLOW_API_TOKEN", "hx:64"),
 ("zendesk_api_token", "ZENDESK_API_TOKEN", "an:40"),
 ("freshdesk_api_key", "FRESHDESK_API_KEY", "an:20"),
 ("servicenow_oauth_client_secret", "SN_CLIENT_SECRET", "an:32"),
 ("pusher_app_secret", "PUSHER_APP_SECRET", "hx:20"),
 ("ably_root_api_key", "ABLY_API_KEY", "an:6|lit:.|an:6|lit::|bs:43"),
 ("sendbird_api_token", "SENDBIRD_API_TOKEN", "hx:40"),
 ("getstream_api_secret", "STREAM_API_SECRET", "lo:56"),
 ("firebase_cloud_messaging_server_key", "FCM_SERVER_KEY", "lit:AAAA|bs:7|lit::APA91b|bs:134"),
 ("expo_access_token", "EXPO_TOKEN", "bs:40"),
 ("amplitude_secret_key", "AMPLITUDE_SECRET_KEY", "hx:32"),
 ("braze_rest_api_key", "BRAZE_REST_API_KEY", "uuid"),
 ("customerio_app_api_key", "CUSTOMERIO_APP_API_KEY", "hx:32"),
 ("docusign_rsa_passphrase_secret", "DOCUSIGN_SECRET_KEY", "uuid"),
 ("box_client_secret", "BOX_CLIENT_SECRET", "an:32"),
 ("egnyte_api_key", "EGNYTE_API_KEY", "an:24"),
]

STYLES = [
 ("erx_adapter_nomad_template_env", "template {\n  destination = \"secrets/erx.env\"\n  env         = true\n  data        = <<EOT\n{K}={V}\nEOT\n}\n"),
 ("cabinet_sync_powershell_setx", "# run once on the cabinet server\nsetx {K} \"{V}\" /M\nRestart-Service CabinetSync\n"),
 ("pms_plugin_csharp_static_readonly", "internal static class VendorKeys\n{\n    public static readonly string {c} = \"{V}\";\n}\n"),
 ("rx_label_php_return_array", "<?php\nreturn [\n    'driver' => 'rest',\n    '{k}' => '{V}',\n];\n"),
 ("compounding_svc_lua_table", "local cfg = {\n  region = \"us-east\",\n  {k} = \"{V}\",\n}\nreturn cfg\n"),
 ("robot_bridge_cpp_header_define", "#pragma once\n// vendor credentials for the robot bridge\n#define {K} \"{V}\"\n"),
 ("claims_switch_gradle_local_properties", "# local.properties (not for VCS)\nsdk.dir=/opt/android-sdk\n{c}={V}\n"),
 ("pharmacy_ops_fish_set_gx", "# ~/.config/fish/conf.d/rx.fish\nset -gx {K} {V}\n"),
 ("erx_tests_pytest_monkeypatch", "def test_refill_flow(monkeypatch):\n    monkeypatch.setenv(\"{K}\", \"{V}\")\n    assert run_refill()\n"),
 ("wholesaler_edi_hocon_substitution", "wholesaler {\n  endpoint = \"https://edi.example.com\"\n  {c} = \"{V}\"\n  {c} = ${?{K}}\n}\n"),
]


def camel(k):
    p = k.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def build(brief_words, deny, cap=120):
    R = random.Random(14602)
    out, dropped = [], []
    kept = []
    for t, key, sp in V:
        brand = t.split("_")[0]
        if brand in brief_words or t in deny:
            dropped.append(t)
        else:
            kept.append((t, key, sp))
    cut = [t for t, _, _ in kept[cap:]]
    for i, (t, key, sp) in enumerate(kept[:cap]):
        style, tpl = STYLES[i % len(STYLES)]
        v = spec(R, sp)
        txt = tpl.replace("{K}", key).replace("{k}", key.lower()).replace("{c}", camel(key))
        text, s, e = place(txt, v)
        out.append(dict(type=t, container=t + "__" + style, text=text,
                        secrets=[dict(value=v, start=s, end=e, type=t)], source="vendor"))
    return out, dropped, cut
