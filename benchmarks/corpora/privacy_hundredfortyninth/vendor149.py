"""Vendor token types: self-storage / moving world and the services around it."""
import base64, json
from common149 import Gen, fill, rec, AN, LOW, UP, DIG, LD, HEXL, B64U, crc32_b62

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()


def _glc(g):
    body = json.dumps({"o": g.s(7, DIG), "n": "stack-" + g.s(6, DIG) + "-hm-read-movelogs", "k": g.s(24, AN), "m": {"r": "prod-us-east-0"}}, separators=(",", ":"))
    return g.uniq(lambda: "glc_" + base64.b64encode(body.encode()).decode())


def _intercom(g):
    u = g.uuid4().replace("-", "_")
    return g.uniq(lambda: base64.b64encode(("tok:" + u + ":1:0").encode()).decode())


def _mapbox_sk(g):
    p = base64.urlsafe_b64encode(json.dumps({"u": "movehq-ops", "a": g.s(25, LD)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return g.uniq(lambda: "sk." + p + "." + g.s(22, AN + "-_"))


def _paysafe(g):
    return g.uniq(lambda: base64.b64encode(("pmle-" + g.s(6, DIG) + ":B-qa2-0-" + g.s(8, HEXL) + "-0-" + g.s(40, AN)).encode()).decode())


def _atbb(g):
    body = "ATBB" + g.s(32, AN)
    return g.uniq(lambda: body + g.s(8, "0123456789ABCDEF"))


C = [
    # self-storage management, access control, insurance
    ("storable_sitelink_corp_password", "SITELINK_CORP_PASSWORD", lambda g: g.pw()),
    ("storedge_api_secret", "STOREDGE_API_SECRET", lambda g: g.hexs(32)),
    ("easystoragesolutions_api_key", "ESS_API_KEY", lambda g: g.uuid4()),
    ("yardibreeze_interface_password", "YARDI_BREEZE_INTERFACE_PASSWORD", lambda g: g.pw()),
    ("tenantinc_partner_secret", "TENANT_INC_PARTNER_SECRET", lambda g: g.tok("", 44, AN)),
    ("sparefoot_reservation_api_key", "SPAREFOOT_API_KEY", lambda g: g.tok("", 32, LD)),
    ("opentechalliance_insomniac_api_key", "OPENTECH_API_KEY", lambda g: g.hexs(40)),
    ("ptisecurity_storlogix_api_password", "STORLOGIX_API_PASSWORD", lambda g: g.pw()),
    ("nokesmart_entry_api_token", "NOKE_API_TOKEN", lambda g: g.tok("", 64, B64U)),
    ("doorking_dkslink_account_password", "DKS_LINK_PASSWORD", lambda g: g.pw()),
    ("brivo_onair_client_secret", "BRIVO_CLIENT_SECRET", lambda g: g.tok("", 48, AN)),
    ("openpath_alta_api_token", "OPENPATH_API_TOKEN", lambda g: g.tok("", 40, AN)),
    ("latch_partner_api_key", "LATCH_API_KEY", lambda g: g.tok("", 36, AN)),
    ("saltoks_client_secret", "SALTO_KS_CLIENT_SECRET", lambda g: g.tok("", 43, B64U)),
    ("kisi_login_secret", "KISI_API_KEY", lambda g: g.hexs(32)),
    ("swiftlane_api_token", "SWIFTLANE_API_TOKEN", lambda g: g.tok("", 40, AN)),
    ("chirpsystems_api_key", "CHIRP_API_KEY", lambda g: g.tok("", 32, AN)),
    ("smartrent_partner_client_secret", "SMARTRENT_CLIENT_SECRET", lambda g: g.tok("", 50, AN)),
    ("safelease_partner_api_key", "SAFELEASE_API_KEY", lambda g: g.tok("sl_live_", 32, LD)),
    ("minico_tenant_insurance_api_key", "MINICO_API_KEY", lambda g: g.uuid4()),
    ("baderco_enrollment_api_secret", "BADER_API_SECRET", lambda g: g.hexs(48)),
    ("storagetreasures_seller_api_key", "STORAGE_TREASURES_API_KEY", lambda g: g.tok("", 40, AN)),
    ("swivl_payment_api_key", "SWIVL_API_KEY", lambda g: g.tok("", 32, AN)),
    # moving / relocation software
    ("smartmoving_api_key", "SMARTMOVING_API_KEY", lambda g: g.uuid4()),
    ("supermove_api_token", "SUPERMOVE_API_TOKEN", lambda g: g.tok("", 40, AN)),
    ("yembo_partner_api_key", "YEMBO_API_KEY", lambda g: g.tok("", 48, AN)),
    ("movehq_integration_secret", "MOVEHQ_INTEGRATION_SECRET", lambda g: g.hexs(64)),
    ("vonigo_api_password", "VONIGO_API_PASSWORD", lambda g: g.pw()),
    ("elromco_api_key", "ELROMCO_API_KEY", lambda g: g.tok("", 32, AN)),
    ("moveboard_api_token", "MOVEBOARD_API_TOKEN", lambda g: g.tok("", 60, AN)),
    ("jobber_app_client_secret", "JOBBER_CLIENT_SECRET", lambda g: g.hexs(64)),
    ("housecallpro_api_key", "HOUSECALL_PRO_API_KEY", lambda g: g.hexs(32)),
    ("servicetitan_client_secret", "SERVICETITAN_CLIENT_SECRET", lambda g: g.tok("cs1.", 50, LD)),
    ("workiz_api_secret", "WORKIZ_API_SECRET", lambda g: g.tok("sec_", 24, AN)),
    ("updater_partner_api_key", "UPDATER_API_KEY", lambda g: g.tok("", 40, AN)),
    # fleet / trucks / routing
    ("onfleet_api_key", "ONFLEET_API_KEY", lambda g: g.hexs(32)),
    ("samsara_api_token", "SAMSARA_API_TOKEN", lambda g: g.tok("samsara_api_", 30, AN)),
    ("gomotive_api_key", "MOTIVE_API_KEY", lambda g: g.uuid4()),
    ("fleetio_api_key", "FLEETIO_API_KEY", lambda g: g.hexs(40)),
    ("lytx_api_key", "LYTX_API_KEY", lambda g: g.tok("", 36, AN)),
    ("azuga_api_key", "AZUGA_API_KEY", lambda g: g.b64(30)),
    ("penske_partner_api_key", "PENSKE_PARTNER_API_KEY", lambda g: g.tok("", 32, AN)),
    ("ryder_fleet_api_secret", "RYDER_API_SECRET", lambda g: g.tok("", 40, AN)),
    ("smarty_auth_token", "SMARTY_AUTH_TOKEN", lambda g: g.tok("", 20, AN)),
    ("easypost_production_api_key", "EASYPOST_API_KEY", lambda g: g.tok("EZAK", 54, LD)),
    ("shippo_live_token", "SHIPPO_API_TOKEN", lambda g: g.tok("shippo_live_", 40, HEXL)),
    ("lob_live_api_key", "LOB_API_KEY", lambda g: g.tok("live_", 35, HEXL)),
    ("mapbox_secret_access_token", "MAPBOX_SECRET_TOKEN", _mapbox_sk),
    # payments
    ("squareup_production_access_token", "SQUARE_ACCESS_TOKEN", lambda g: g.tok("EAAA", 60, B64U)),
    ("squareup_oauth_application_secret", "SQUARE_APPLICATION_SECRET", lambda g: g.tok("sq0csp-", 43, B64U)),
    ("authorizenet_transaction_key", "AUTHNET_TRANSACTION_KEY", lambda g: g.tok("", 16, AN)),
    ("helcim_api_token", "HELCIM_API_TOKEN", lambda g: g.tok("", 40, AN + "-_.")),
    ("nmi_security_key", "NMI_SECURITY_KEY", lambda g: g.tok("", 32, AN)),
    ("paysafe_api_key", "PAYSAFE_API_KEY", _paysafe),
    ("payrix_private_api_key", "PAYRIX_API_KEY", lambda g: g.hexs(32)),
    ("plaid_secret", "PLAID_SECRET", lambda g: g.hexs(30)),
    ("dwolla_client_secret", "DWOLLA_CLIENT_SECRET", lambda g: g.tok("", 50, AN)),
    ("gocardless_live_access_token", "GOCARDLESS_ACCESS_TOKEN", lambda g: g.tok("live_", 40, B64U)),
    ("braintree_production_access_token", "BT_ACCESS_TOKEN", lambda g: g.uniq(lambda: "access_token$production$" + g.s(16, LD) + "$" + g.s(32, HEXL))),
    # documents, CRM, comms
    ("checkr_api_key", "CHECKR_API_KEY", lambda g: g.hexs(40)),
    ("hellosign_api_key", "HELLOSIGN_API_KEY", lambda g: g.hexs(64)),
    ("pandadoc_api_key", "PANDADOC_API_KEY", lambda g: g.hexs(40)),
    ("signnow_basic_token", "SIGNNOW_BASIC_TOKEN", lambda g: g.b64(48)),
    ("hubspot_private_app_token", "HUBSPOT_PRIVATE_APP_TOKEN", lambda g: g.uuid4(prefix="pat-na1-")),
    ("pipedrive_api_token", "PIPEDRIVE_API_TOKEN", lambda g: g.hexs(40)),
    ("intercom_access_token", "INTERCOM_ACCESS_TOKEN", _intercom),
    ("podium_client_secret", "PODIUM_CLIENT_SECRET", lambda g: g.tok("", 64, AN)),
    ("birdeye_api_key", "BIRDEYE_API_KEY", lambda g: g.tok("", 32, AN)),
    ("ringcentral_client_secret", "RINGCENTRAL_CLIENT_SECRET", lambda g: g.tok("", 44, AN)),
    ("dialpad_api_key", "DIALPAD_API_KEY", lambda g: g.tok("", 70, AN)),
    ("aircall_api_token", "AIRCALL_API_TOKEN", lambda g: g.hexs(32)),
    ("telnyx_api_key", "TELNYX_API_KEY", lambda g: g.uniq(lambda: "KEY" + g.s(32, "0123456789ABCDEF") + "_" + g.s(22, AN))),
    ("clicksend_api_key", "CLICKSEND_API_KEY", lambda g: g.uuid4(upper=True)),
    ("textmagic_api_key", "TEXTMAGIC_API_KEY", lambda g: g.tok("", 30, AN)),
    ("sinch_service_plan_token", "SINCH_API_TOKEN", lambda g: g.hexs(32)),
    ("brevo_api_key", "BREVO_API_KEY", lambda g: g.uniq(lambda: "xkeysib-" + g.s(64, HEXL) + "-" + g.s(16, AN))),
    ("resend_api_key", "RESEND_API_KEY", lambda g: g.uniq(lambda: "re_" + g.s(8, AN) + "_" + g.s(24, AN))),
    ("sendgrid_api_key", "SENDGRID_API_KEY", lambda g: g.uniq(lambda: "SG." + g.s(22, B64U) + "." + g.s(43, B64U))),
    ("mailjet_secret_key", "MJ_APISECRET_PRIVATE", lambda g: g.hexs(32)),
    ("typeform_personal_token", "TYPEFORM_TOKEN", lambda g: g.uniq(lambda: "tfp_" + g.s(44, AN) + "_" + g.s(14, AN))),
    ("calendly_personal_access_token", "CALENDLY_TOKEN", lambda g: g.jwt({"iss": "https://auth.calendly.com", "iat": 1718000000, "jti": g.uuid4(), "user_uuid": g.uuid4()})),
    ("jotform_api_key", "JOTFORM_API_KEY", lambda g: g.hexs(32)),
    # photos and files
    ("cloudinary_api_secret", "CLOUDINARY_API_SECRET", lambda g: g.tok("", 27, B64U)),
    ("uploadcare_secret_key", "UPLOADCARE_SECRET_KEY", lambda g: g.hexs(20)),
    ("filestack_app_secret", "FILESTACK_SECRET", lambda g: g.tok("", 26, UP + DIG)),
    ("imagekit_private_key", "IMAGEKIT_PRIVATE_KEY", lambda g: g.b64(21, prefix="private_")),
    ("imgix_api_key", "IMGIX_API_KEY", lambda g: g.hexs(64)),
    ("bunnynet_storage_password", "BUNNY_STORAGE_PASSWORD", lambda g: g.uniq(lambda: g.uuid4() + g.s(20, "0123456789abcdef-"))),
    ("backblaze_b2_application_key", "B2_APPLICATION_KEY", lambda g: g.tok("K005", 27, AN)),
    ("dropbox_short_lived_token", "DROPBOX_ACCESS_TOKEN", lambda g: g.tok("sl.", 135, B64U)),
    # dev / ops / data around them
    ("airtable_personal_access_token", "AIRTABLE_PAT", lambda g: g.uniq(lambda: "pat" + g.s(14, AN) + "." + g.s(64, HEXL))),
    ("smartsheet_api_token", "SMARTSHEET_ACCESS_TOKEN", lambda g: g.tok("", 37, AN)),
    ("clickup_personal_token", "CLICKUP_API_TOKEN", lambda g: g.uniq(lambda: "pk_" + g.s(8, DIG) + "_" + g.s(32, UP + DIG))),
    ("asana_personal_access_token", "ASANA_PAT", lambda g: g.uniq(lambda: "2/" + g.s(16, DIG) + "/" + g.s(16, DIG) + ":" + g.s(32, HEXL))),
    ("linear_api_key", "LINEAR_API_KEY", lambda g: g.tok("lin_api_", 40, AN)),
    ("notion_integration_token", "NOTION_TOKEN", lambda g: g.uniq(lambda: "ntn_" + g.s(11, DIG) + g.s(35, AN))),
    ("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", _atbb),
    ("figma_personal_access_token", "FIGMA_TOKEN", lambda g: g.tok("figd_", 40, B64U)),
    ("postman_api_key", "POSTMAN_API_KEY", lambda g: g.uniq(lambda: "PMAK-" + g.s(24, HEXL) + "-" + g.s(34, HEXL))),
    ("launchdarkly_sdk_key", "LAUNCHDARKLY_SDK_KEY", lambda g: g.uuid4(prefix="sdk-")),
    ("flagsmith_server_key", "FLAGSMITH_SERVER_KEY", lambda g: g.tok("ser.", 22, AN)),
    ("posthog_personal_api_key", "POSTHOG_PERSONAL_API_KEY", lambda g: g.tok("phx_", 43, AN)),
    ("mixpanel_service_account_secret", "MIXPANEL_SA_SECRET", lambda g: g.tok("", 32, AN)),
    ("algolia_admin_api_key", "ALGOLIA_ADMIN_KEY", lambda g: g.hexs(32)),
    ("typesense_admin_api_key", "TYPESENSE_API_KEY", lambda g: g.tok("", 32, AN)),
    ("meilisearch_master_key", "MEILI_MASTER_KEY", lambda g: g.tok("", 44, B64U)),
    ("huggingface_access_token", "HF_TOKEN", lambda g: g.tok("hf_", 34, LOW + UP)),
    ("groq_api_key", "GROQ_API_KEY", lambda g: g.tok("gsk_", 52, AN)),
    ("replicate_api_token", "REPLICATE_API_TOKEN", lambda g: g.tok("r8_", 37, AN)),
    ("supabase_access_token", "SUPABASE_ACCESS_TOKEN", lambda g: g.tok("sbp_", 40, HEXL)),
    ("planetscale_service_token", "PLANETSCALE_SERVICE_TOKEN", lambda g: g.tok("pscale_tkn_", 43, B64U)),
    ("upstash_redis_rest_token", "UPSTASH_REDIS_REST_TOKEN", lambda g: g.tok("AX", 62, B64U)),
    ("mongodbatlas_private_api_key", "ATLAS_PRIVATE_KEY", lambda g: g.uuid4()),
    ("cockroachlabs_api_secret", "COCKROACH_API_SECRET", lambda g: g.uniq(lambda: "CCDB1_" + g.s(22, AN) + "_" + g.s(40, AN))),
    ("grafanacloud_access_policy_token", "GRAFANA_CLOUD_TOKEN", _glc),
    ("grafana_service_account_token", "GRAFANA_SA_TOKEN", lambda g: g.uniq(lambda: "glsa_" + g.s(32, AN) + "_" + g.s(8, HEXL))),
    ("pulumi_access_token", "PULUMI_ACCESS_TOKEN", lambda g: g.tok("pul-", 40, HEXL)),
    ("terraformcloud_team_token", "TFE_TOKEN", lambda g: g.uniq(lambda: g.s(14, AN) + ".atlasv1." + g.s(67, AN))),
    ("flyio_org_token", "FLY_API_TOKEN", lambda g: g.tok("fo1_", 43, B64U)),
    ("dynatrace_api_token", "DT_API_TOKEN", lambda g: g.uniq(lambda: "dt0c01." + g.s(24, UP + DIG) + "." + g.s(64, UP + DIG))),
    ("datadog_application_key", "DD_APP_KEY", lambda g: g.hexs(40)),
    ("honeycomb_ingest_key", "HONEYCOMB_API_KEY", lambda g: g.tok("hcaik_", 58, LD)),
    ("shopify_admin_access_token", "SHOPIFY_ADMIN_TOKEN", lambda g: g.tok("shpat_", 32, HEXL)),
    ("contentful_management_token", "CONTENTFUL_MANAGEMENT_TOKEN", lambda g: g.tok("CFPAT-", 43, B64U)),
    ("zendesk_api_token", "ZENDESK_API_TOKEN", lambda g: g.tok("", 40, AN)),
    ("freshdesk_api_key", "FRESHDESK_API_KEY", lambda g: g.tok("", 20, AN)),
    ("harness_personal_access_token", "HARNESS_PAT", lambda g: g.uniq(lambda: "pat." + g.s(22, AN + "-_") + "." + g.s(24, HEXL) + "." + g.s(20, AN))),
    ("prefect_cloud_api_key", "PREFECT_API_KEY", lambda g: g.tok("pnu_", 36, AN)),
    ("databricks_access_token", "DATABRICKS_TOKEN", lambda g: g.tok("dapi", 32, HEXL)),
    ("adafruit_io_key", "ADAFRUIT_IO_KEY", lambda g: g.tok("aio_", 28, AN)),
    ("age_x25519_identity", "SOPS_AGE_KEY", lambda g: g.tok("AGE-SECRET-KEY-1", 58, BECH)),
    ("okta_api_token", "OKTA_API_TOKEN", lambda g: g.tok("00", 40, AN + "-_")),
    ("auth0_client_secret", "AUTH0_CLIENT_SECRET", lambda g: g.tok("", 64, B64U)),
    ("clerk_secret_key", "CLERK_SECRET_KEY", lambda g: g.tok("sk_live_", 42, AN)),
    ("stytch_project_secret", "STYTCH_SECRET", lambda g: g.tok("secret-live-", 36, B64U)),
    ("workos_api_key", "WORKOS_API_KEY", lambda g: g.tok("sk_", 64, AN)),
    ("heroku_platform_api_key", "HEROKU_API_KEY", lambda g: g.tok("HRKU-AA", 58, B64U)),
    ("railway_api_token", "RAILWAY_TOKEN", lambda g: g.uuid4()),
    ("vercel_access_token", "VERCEL_TOKEN", lambda g: g.tok("", 24, AN)),
    ("npm_publish_token", "NPM_TOKEN", lambda g: g.uniq(lambda: (lambda b: "npm_" + b + crc32_b62(b))(g.s(30, AN)))),
]

STYLES = [
    ("pms_bridge_dotenv_line", "# pms-bridge .env (facility 0417)\nLOG_LEVEL=info\n{K}={V}\n"),
    ("dispatch_fastapi_settings_py", "class Settings(BaseSettings):\n    region: str = 'tx-north'\n    {k}: str = '{V}'\n"),
    ("lock_gateway_hcl_locals", 'locals {\n  facility = "0417"\n  {k} = "{V}"\n}'),
    ("portal_k8s_secret_stringdata_yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: portal-vendors\nstringData:\n  {K}: \"{V}\"\n"),
    ("estimate_worker_systemd_setenv", "[Service]\nExecStart=/usr/local/bin/estimate-worker\nEnvironment=\"{K}={V}\"\n"),
    ("facility_manager_slack_huddle_paste", "Renata (Slack #facility-it): ok try this one for the {vendor} thing, {K}={V} — I'll rotate after the audit"),
    ("truck_fleet_dotnet_user_secrets_json", '{\n  "Vendors:{vendor}:{K}": "{V}"\n}'),
    ("tenant_portal_php_define", "<?php\ndefine('{K}', '{V}');\n"),
    ("move_crm_rails_credentials_yaml", "vendors:\n  {k}: {V}\n"),
    ("relocation_api_bash_history", "  412  cd ~/relo-api\n  413  export {K}='{V}'\n  414  npm run sync:{vendor}\n"),
]


def build(registry, denied_word):
    g = Gen(14902, registry)
    kept, dropped = [], []
    for c in C:
        brand = c[0].split("_")[0]
        (dropped if denied_word(brand) else kept).append(c)
    cut = kept[120:]
    kept = kept[:120]
    out = []
    for i, (typ, key, mk) in enumerate(kept):
        sname, tpl = STYLES[i % len(STYLES)]
        v = mk(g)
        text, s, e = fill(tpl, v, K=key, k=key.lower(), vendor=typ.split("_")[0])
        out.append((typ + "__" + sname, typ, text, s, e, v))
    return out, [d[0] for d in dropped], [c[0] for c in cut]
