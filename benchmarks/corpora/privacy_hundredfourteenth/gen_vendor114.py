"""Vendor credential types, one record each, 10 container styles cycled."""
import random
from common114 import (SLOT, rnd, hexs, b64, b64url_json, jwt, owner_pw, uuid4, ALNUM, UP, LOW, DIG, HEXL)
import base64

S = SLOT
AD = ALNUM + "-_"


def _paysafe(r):
    raw = "pmle-%06d:B-p1-0-%s-0-%s" % (r.randint(0, 999999), hexs(r, 8), rnd(r, 40, ALNUM))
    return base64.b64encode(raw.encode()).decode()


def _telegram(r):
    return str(r.randint(1000000000, 8999999999)) + ":AA" + rnd(r, 33, AD)


def _betsapi(r):
    return "%d-%s" % (r.randint(10000, 199999), rnd(r, 14))


def _rapid(r):
    return rnd(r, 10) + "msh" + rnd(r, 14) + "p1" + rnd(r, 6) + "jsn" + rnd(r, 12)


# (type, vendor word for the novelty check, variable name, generator)
VENDORS = [
    ("sportradar_uof_access_token", "sportradar", "SPORTRADAR_UOF_TOKEN", lambda r: rnd(r, 20)),
    ("genius_sports_feed_api_key", "genius", "GENIUS_FEED_API_KEY", lambda r: rnd(r, 40)),
    ("betgenius_connect_client_secret", "betgenius", "BETGENIUS_CLIENT_SECRET", lambda r: b64(r, 32)),
    ("stats_perform_outlet_auth_key", "opta", "OPTA_OUTLET_AUTH_KEY", lambda r: rnd(r, 26, LOW + DIG)),
    ("betfair_exchange_application_key", "betfair", "BETFAIR_APP_KEY", lambda r: rnd(r, 16)),
    ("betfair_sso_session_token", "betfair", "BETFAIR_SSOID", lambda r: b64(r, 33)),
    ("pinnacle_api_account_password", "pinnacle", "PINNACLE_API_PASS", owner_pw),
    ("matchbook_session_token_hex", "matchbook", "MATCHBOOK_SESSION_TOKEN", lambda r: hexs(r, 32)),
    ("smarkets_api_session_token", "smarkets", "SMARKETS_SESSION_TOKEN", lambda r: hexs(r, 32)),
    ("betdaq_api_user_password", "betdaq", "BETDAQ_API_PASSWORD", owner_pw),
    ("the_odds_api_key_hex32", "odds", "THE_ODDS_API_KEY", lambda r: hexs(r, 32)),
    ("sportsdataio_subscription_key", "sportsdataio", "SPORTSDATAIO_KEY", lambda r: hexs(r, 32)),
    ("rapidapi_marketplace_key_msh", "rapidapi", "X_RAPIDAPI_KEY", _rapid),
    ("oddsjam_api_key_uuid", "oddsjam", "ODDSJAM_API_KEY", uuid4),
    ("betsapi_token_numeric_dash", "betsapi", "BETSAPI_TOKEN", _betsapi),
    ("kambi_partner_api_key", "kambi", "KAMBI_PARTNER_API_KEY", lambda r: rnd(r, 36)),
    ("openbet_gateway_client_secret", "openbet", "OPENBET_CLIENT_SECRET", lambda r: rnd(r, 48, AD)),
    ("betconstruct_partner_secret", "betconstruct", "BETCONSTRUCT_PARTNER_SECRET", lambda r: hexs(r, 32)),
    ("sportmonks_api_token_60", "sportmonks", "SPORTMONKS_API_TOKEN", lambda r: rnd(r, 60)),
    ("football_data_org_token", "football", "FOOTBALL_DATA_TOKEN", lambda r: hexs(r, 32)),
    ("opticodds_api_key_uuid", "opticodds", "OPTICODDS_API_KEY", uuid4),
    ("txodds_feed_password", "txodds", "TXODDS_FEED_PASSWORD", owner_pw),
    ("nuvei_merchant_secret_key", "nuvei", "NUVEI_MERCHANT_SECRET_KEY", lambda r: rnd(r, 64)),
    ("trustly_merchant_api_password", "trustly", "TRUSTLY_API_PASSWORD", lambda r: rnd(r, 16)),
    ("paysafe_api_key_base64_pair", "paysafe", "PAYSAFE_API_KEY", _paysafe),
    ("skrill_mqi_api_password", "skrill", "SKRILL_MQI_PASSWORD", owner_pw),
    ("skrill_merchant_secret_word", "skrill", "SKRILL_SECRET_WORD", lambda r: rnd(r, 10, UP + DIG)),
    ("neteller_rest_client_secret", "neteller", "NETELLER_CLIENT_SECRET", lambda r: rnd(r, 32)),
    ("paysafecard_api_key_psc", "paysafecard", "PAYSAFECARD_API_KEY", lambda r: "psc_" + rnd(r, 40, AD)),
    ("muchbetter_merchant_api_token", "muchbetter", "MUCHBETTER_API_TOKEN", lambda r: hexs(r, 64)),
    ("astropay_secret_key", "astropay", "ASTROPAY_SECRET_KEY", lambda r: rnd(r, 32)),
    ("checkout_com_secret_key_sk_uuid", "checkout", "CKO_SECRET_KEY", lambda r: "sk_" + uuid4(r)),
    ("mollie_live_api_key", "mollie", "MOLLIE_API_KEY", lambda r: "live_" + rnd(r, 30)),
    ("worldpay_access_service_password", "worldpay", "WORLDPAY_ACCESS_PASSWORD", lambda r: rnd(r, 32)),
    ("praxis_cashier_merchant_secret", "praxis", "PRAXIS_MERCHANT_SECRET", lambda r: rnd(r, 64)),
    ("volt_io_client_secret_uuid", "volt", "VOLT_CLIENT_SECRET", uuid4),
    ("brite_payments_api_secret", "brite", "BRITE_API_SECRET", lambda r: hexs(r, 64)),
    ("zimpler_merchant_api_key", "zimpler", "ZIMPLER_API_KEY", lambda r: rnd(r, 40)),
    ("gigadat_interac_security_token", "gigadat", "GIGADAT_SECURITY_TOKEN", uuid4),
    ("paynearme_site_secret_hex", "paynearme", "PAYNEARME_SECRET", lambda r: hexs(r, 32)),
    ("payz_merchant_password", "payz", "PAYZ_MERCHANT_PASSWORD", owner_pw),
    ("nowpayments_ipn_secret", "nowpayments", "NOWPAYMENTS_IPN_SECRET", lambda r: rnd(r, 32)),
    ("coinspaid_api_secret", "coinspaid", "COINSPAID_API_SECRET", lambda r: rnd(r, 64)),
    ("bitgo_access_token_v2x", "bitgo", "BITGO_ACCESS_TOKEN", lambda r: "v2x" + hexs(r, 64)),
    ("loqate_api_key_grouped", "loqate", "LOQATE_API_KEY", lambda r: "-".join(rnd(r, 4, UP + DIG) for _ in range(4))),
    ("jumio_api_secret", "jumio", "JUMIO_API_SECRET", lambda r: rnd(r, 32)),
    ("sumsub_app_token_prd", "sumsub", "SUMSUB_APP_TOKEN", lambda r: "prd:" + rnd(r, 24) + "." + rnd(r, 32)),
    ("sumsub_secret_key", "sumsub", "SUMSUB_SECRET_KEY", lambda r: rnd(r, 32)),
    ("trulioo_napi_key_hex", "trulioo", "TRULIOO_API_KEY", lambda r: hexs(r, 32)),
    ("idnow_api_key_upper", "idnow", "IDNOW_API_KEY", lambda r: rnd(r, 32, UP + DIG)),
    ("socure_sdk_key_uuid", "socure", "SOCURE_API_KEY", uuid4),
    ("incode_omni_api_key", "incode", "INCODE_API_KEY", lambda r: rnd(r, 40)),
    ("shufti_pro_secret_key", "shufti", "SHUFTI_SECRET_KEY", lambda r: rnd(r, 64)),
    ("idenfy_api_secret", "idenfy", "IDENFY_API_SECRET", lambda r: rnd(r, 30)),
    ("complyadvantage_api_key", "complyadvantage", "COMPLYADVANTAGE_API_KEY", lambda r: rnd(r, 32)),
    ("seon_fraud_license_key", "seon", "SEON_LICENSE_KEY", lambda r: hexs(r, 32)),
    ("kount_api_key_jwt", "kount", "KOUNT_API_KEY",
     lambda r: jwt(r, {"iss": str(r.randint(100000, 999999)), "aud": "Kount.Ent", "iat": r.randint(1700000000, 1760000000), "scp": {"ka": None, "kc": None}}, alg="RS256")),
    ("iovation_subscriber_password", "iovation", "IOVATION_SUBSCRIBER_PASSWORD", owner_pw),
    ("ekata_identity_api_key", "ekata", "EKATA_API_KEY", lambda r: hexs(r, 32)),
    ("prove_identity_client_secret", "prove", "PROVE_CLIENT_SECRET", lambda r: rnd(r, 40)),
    ("alloy_workflow_secret", "alloy", "ALLOY_WORKFLOW_SECRET", lambda r: rnd(r, 32)),
    ("au10tix_client_secret", "au10tix", "AU10TIX_CLIENT_SECRET", lambda r: rnd(r, 44, AD)),
    ("ondato_client_secret", "ondato", "ONDATO_CLIENT_SECRET", lambda r: rnd(r, 40)),
    ("signicat_client_secret", "signicat", "SIGNICAT_CLIENT_SECRET", lambda r: rnd(r, 48, AD)),
    ("geocomply_solution_api_key", "geocomply", "GEOCOMPLY_API_KEY", lambda r: b64(r, 48)),
    ("xpoint_verify_api_secret", "xpoint", "XPOINT_API_SECRET", lambda r: hexs(r, 40)),
    ("radar_live_secret_key_prj", "radar", "RADAR_SECRET_KEY", lambda r: "prj_live_sk_" + hexs(r, 40)),
    ("maxmind_license_key_mmk", "maxmind", "MAXMIND_LICENSE_KEY", lambda r: rnd(r, 6) + "_" + rnd(r, 29) + "_mmk"),
    ("ipinfo_access_token_hex14", "ipinfo", "IPINFO_TOKEN", lambda r: hexs(r, 14)),
    ("ipqualityscore_api_key", "ipqualityscore", "IPQS_API_KEY", lambda r: rnd(r, 32)),
    ("digital_element_netacuity_key", "netacuity", "NETACUITY_API_KEY", uuid4),
    ("evolution_casino_api_token", "evolution", "EVOLUTION_API_TOKEN", lambda r: hexs(r, 32)),
    ("pragmatic_play_secret_key", "pragmatic", "PRAGMATIC_SECRET_KEY", lambda r: rnd(r, 16)),
    ("netent_merchant_password", "netent", "NETENT_MERCHANT_PASSWORD", owner_pw),
    ("playngo_access_token", "playngo", "PLAYNGO_ACCESS_TOKEN", lambda r: rnd(r, 32)),
    ("hub88_operator_api_secret", "hub88", "HUB88_API_SECRET", lambda r: hexs(r, 64)),
    ("softswiss_gcp_auth_token", "softswiss", "SOFTSWISS_AUTH_TOKEN", lambda r: rnd(r, 40)),
    ("slotegrator_merchant_key", "slotegrator", "SLOTEGRATOR_MERCHANT_KEY", lambda r: hexs(r, 40)),
    ("everymatrix_casino_engine_secret", "everymatrix", "EVERYMATRIX_SECRET", lambda r: rnd(r, 32)),
    ("relax_gaming_partner_password", "relax", "RELAX_PARTNER_PASSWORD", owner_pw),
    ("playtech_ims_kiosk_secret", "playtech", "PLAYTECH_KIOSK_SECRET", lambda r: rnd(r, 32)),
    ("yggdrasil_org_secret_uuid", "yggdrasil", "YGGDRASIL_ORG_SECRET", uuid4),
    ("bgaming_casino_secret", "bgaming", "BGAMING_CASINO_SECRET", lambda r: rnd(r, 40)),
    ("intralot_lotos_api_secret", "intralot", "INTRALOT_API_SECRET", lambda r: rnd(r, 40)),
    ("neogames_ilottery_client_secret", "neogames", "NEOGAMES_CLIENT_SECRET", lambda r: rnd(r, 48, AD)),
    ("jackpocket_partner_api_key", "jackpocket", "JACKPOCKET_API_KEY", lambda r: hexs(r, 40)),
    ("gamstop_api_key", "gamstop", "GAMSTOP_API_KEY", lambda r: rnd(r, 32)),
    ("gamban_partner_token", "gamban", "GAMBAN_PARTNER_TOKEN", lambda r: rnd(r, 40)),
    ("mindway_gamalyze_api_key", "mindway", "GAMALYZE_API_KEY", uuid4),
    ("neccton_mentor_api_key", "neccton", "NECCTON_API_KEY", lambda r: hexs(r, 48)),
    ("income_access_api_key", "income", "INCOME_ACCESS_API_KEY", lambda r: hexs(r, 32)),
    ("myaffiliates_api_password", "myaffiliates", "MYAFFILIATES_API_PASSWORD", owner_pw),
    ("cellxpert_api_token", "cellxpert", "CELLXPERT_API_TOKEN", lambda r: rnd(r, 40)),
    ("netrefer_client_secret", "netrefer", "NETREFER_CLIENT_SECRET", lambda r: rnd(r, 44, AD)),
    ("affilka_api_token", "affilka", "AFFILKA_API_TOKEN", lambda r: rnd(r, 48)),
    ("everflow_network_api_key", "everflow", "EVERFLOW_API_KEY", lambda r: rnd(r, 22)),
    ("tune_hasoffers_network_token", "hasoffers", "HASOFFERS_NETWORK_TOKEN", lambda r: hexs(r, 32)),
    ("voluum_access_key_secret", "voluum", "VOLUUM_ACCESS_KEY_SECRET", lambda r: rnd(r, 64)),
    ("redtrack_api_key", "redtrack", "REDTRACK_API_KEY", lambda r: rnd(r, 20)),
    ("keitaro_admin_api_key", "keitaro", "KEITARO_API_KEY", lambda r: hexs(r, 32)),
    ("appsflyer_dev_key", "appsflyer", "APPSFLYER_DEV_KEY", lambda r: rnd(r, 22)),
    ("optimove_api_key", "optimove", "OPTIMOVE_API_KEY", lambda r: rnd(r, 36)),
    ("fast_track_crm_integration_key", "fast", "FT_INTEGRATION_KEY", lambda r: hexs(r, 40)),
    ("xtremepush_app_token", "xtremepush", "XTREMEPUSH_APP_TOKEN", lambda r: rnd(r, 32)),
    ("smartico_label_api_key", "smartico", "SMARTICO_API_KEY", lambda r: rnd(r, 40)),
    ("customer_io_track_api_key", "customer", "CUSTOMERIO_TRACK_API_KEY", lambda r: hexs(r, 20)),
    ("iterable_server_api_key", "iterable", "ITERABLE_API_KEY", lambda r: hexs(r, 32)),
    ("moengage_data_api_key", "moengage", "MOENGAGE_DATA_API_KEY", lambda r: rnd(r, 24, UP + DIG)),
    ("clevertap_account_passcode", "clevertap", "CLEVERTAP_PASSCODE", lambda r: rnd(r, 3, UP) + "-" + rnd(r, 3, UP) + "-" + rnd(r, 6, UP + DIG)),
    ("telegram_bot_token", "telegram", "TELEGRAM_BOT_TOKEN", _telegram),
    ("infobip_api_key_hex_uuid", "infobip", "INFOBIP_API_KEY", lambda r: hexs(r, 32) + "-" + uuid4(r)),
    ("plivo_auth_token", "plivo", "PLIVO_AUTH_TOKEN", lambda r: rnd(r, 40)),
    ("sinch_application_secret", "sinch", "SINCH_APP_SECRET", lambda r: b64(r, 16)),
    ("messagebird_access_key", "messagebird", "MESSAGEBIRD_ACCESS_KEY", lambda r: rnd(r, 25)),
    ("textmagic_api_key", "textmagic", "TEXTMAGIC_API_KEY", lambda r: rnd(r, 30)),
    ("langsmith_personal_token_lsv2", "langsmith", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + hexs(r, 32) + "_" + hexs(r, 10)),
    ("together_ai_api_key_tgp", "together", "TOGETHER_API_KEY", lambda r: "tgp_v1_" + rnd(r, 43, AD)),
    ("openrouter_api_key_sk_or", "openrouter", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + hexs(r, 64)),
    ("cerebras_api_key_csk", "cerebras", "CEREBRAS_API_KEY", lambda r: "csk-" + rnd(r, 48, LOW + DIG)),
    ("deepseek_api_key_sk_hex", "deepseek", "DEEPSEEK_API_KEY", lambda r: "sk-" + hexs(r, 32)),
    ("buildkite_api_token_bkua", "buildkite", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + hexs(r, 40)),
    ("circleci_personal_token_ccipat", "circleci", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + rnd(r, 22) + "_" + hexs(r, 40)),
    ("pulumi_access_token_pul", "pulumi", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + hexs(r, 40)),
    ("terraform_cloud_token_atlasv1", "terraform", "TFE_TOKEN", lambda r: rnd(r, 14) + ".atlasv1." + rnd(r, 67)),
    ("flyio_access_token_fo1", "fly", "FLY_API_TOKEN", lambda r: "fo1_" + rnd(r, 43, AD)),
    ("shopify_admin_token_shpat", "shopify", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("databricks_pat_dapi", "databricks", "DATABRICKS_TOKEN", lambda r: "dapi" + hexs(r, 32)),
    ("sonarqube_user_token_squ", "sonarqube", "SONAR_TOKEN", lambda r: "squ_" + hexs(r, 40)),
    ("okta_api_token_00", "okta", "OKTA_API_TOKEN", lambda r: "00" + rnd(r, 40, AD)),
]

# ten new container styles: (name, template); {N} = variable name, {n} = lower-case
STYLES = [
    ("sportsbook_kustomize_secret_generator", "secretGenerator:\n  - name: sportsbook-api\n    literals:\n      - {N}=" + S),
    ("casino_backend_vault_kv_put", "$ vault kv put secret/casino/backend {n}='" + S + "'\n======= Secret Path =======\nsecret/data/casino/backend"),
    ("lottery_service_windows_reg_file", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\DrawEngine\\Integrations]\n\"{N}\"=\"" + S + "\""),
    ("trading_app_edn_config_map", "{:app {:name \"trading-core\"}\n :integrations {:{k} \"" + S + "\"}}"),
    ("payments_gateway_go_const", "package gateway\n\n// TODO move to secret manager\nconst {c} = \"" + S + "\""),
    ("kyc_adapter_swift_static_let", "enum KYCConfig {\n    static let environment = \"live\"\n    static let {c} = \"" + S + "\"\n}"),
    ("affiliate_tracker_php_define", "<?php\ndefine('{N}', '" + S + "');\nrequire __DIR__ . '/bootstrap.php';"),
    ("rgs_platform_java_properties_xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE properties SYSTEM \"http://java.sun.com/dtd/properties.dtd\">\n<properties>\n  <entry key=\"{n}\">" + S + "</entry>\n</properties>"),
    ("odds_team_sql_seed_insert", "INSERT INTO integration_settings (name, value, updated_by)\nVALUES ('{n}', '" + S + "', 'lukas');"),
    ("geo_ops_dhall_record_field", "let Region = < EU | US >\nin  { region = Region.EU, {c} = \"" + S + "\" }"),
]


def camel(N):
    p = N.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def generate(vendors, seed=11402):
    rng = random.Random(seed)
    out = []
    for i, (typ, word, N, gen) in enumerate(vendors):
        style, tmpl = STYLES[i % len(STYLES)]
        v = gen(rng)
        text = tmpl.replace("{N}", N).replace("{n}", N.lower()).replace("{c}", camel(N)).replace("{k}", N.lower().replace("_", "-"))
        out.append((text, v, typ, typ + "__" + style, "vendor"))
    return out
