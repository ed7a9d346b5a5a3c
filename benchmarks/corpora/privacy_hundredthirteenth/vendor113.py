"""Vendor part: one record per vendor credential type (shapes guessed unless noted), maritime styles cycled."""
import random
from common113 import *

S = SLOT
V = [  # (type, key name, generator)
    ("marinetraffic_export_api_key_hex40", "MARINETRAFFIC_API_KEY", lambda r: hexs(r, 40)),
    ("vesselfinder_userkey_alnum", "VESSELFINDER_USERKEY", lambda r: "WS-" + rs(r, ALNUM, 8) + "-" + rs(r, ALNUM, 6)),
    ("datalastic_api_key_uuid", "DATALASTIC_API_KEY", uuid4),
    ("aishub_username_key", "AISHUB_API_USERNAME", lambda r: "AH_" + rs(r, string.digits, 4) + "_" + rs(r, string.ascii_uppercase, 8)),
    ("kpler_api_bearer_jwt", "KPLER_ACCESS_TOKEN", lambda r: jwt(r, {"iss": "https://auth.kpler.example", "sub": "u%d" % r.randint(1000, 9999), "aud": "terminal"})),
    ("signalocean_api_subscription_key_hex32", "SIGNAL_OCEAN_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
    ("windward_api_client_secret", "WINDWARD_CLIENT_SECRET", lambda r: rs(r, ALNUM + "-_", 48)),
    ("searoutes_api_key_alnum40", "SEAROUTES_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("portcast_api_token", "PORTCAST_API_TOKEN", lambda r: "pc_" + rs(r, ALNUM, 36)),
    ("project44_client_secret", "P44_CLIENT_SECRET", lambda r: rs(r, ALNUM, 32)),
    ("fourkites_api_key", "FOURKITES_API_KEY", lambda r: hexs(r, 32)),
    ("vizion_api_key_hex32", "VIZION_API_KEY", lambda r: hexs(r, 32)),
    ("terminal49_api_token", "TERMINAL49_API_KEY", lambda r: rs(r, ALNUM, 24)),
    ("shipsgo_auth_code_hex32", "SHIPSGO_AUTH_CODE", lambda r: hexs(r, 32)),
    ("maersk_developer_consumer_key", "MAERSK_CONSUMER_KEY", lambda r: rs(r, ALNUM, 32)),
    ("hapag_lloyd_client_secret", "HLAG_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("cma_cgm_keyid_apikey", "CMA_CGM_KEYID", lambda r: rs(r, ALNUM, 32)),
    ("ocean_network_express_ocp_subscription_key", "ONE_OCP_APIM_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
    ("zim_api_subscription_key", "ZIM_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
    ("inttra_oauth_client_secret", "INTTRA_CLIENT_SECRET", lambda r: rs(r, ALNUM, 36)),
    ("cargowise_eadaptor_password", "EADAPTOR_PASSWORD", sea_password),
    ("portbase_api_key", "PORTBASE_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("dakosy_cargo_client_secret", "DAKOSY_CLIENT_SECRET", uuid4),
    ("navis_n4_api_password", "N4_API_PASSWORD", sea_password),
    ("tideworks_api_secret", "TIDEWORKS_API_SECRET", lambda r: b64(r, 30)),
    ("stormgeo_routing_api_key", "STORMGEO_API_KEY", lambda r: hexs(r, 40)),
    ("navarino_infinity_token", "NAVARINO_TOKEN", lambda r: b64(r, 33, True, True)),
    ("marlink_portal_api_key", "MARLINK_API_KEY", lambda r: rs(r, ALNUM, 40)),
    ("kvh_elite_api_token", "KVH_API_TOKEN", lambda r: hexs(r, 48)),
    ("starlink_enterprise_client_secret", "STARLINK_CLIENT_SECRET", lambda r: rs(r, ALNUM, 44)),
    ("veson_imos_api_token", "VESON_API_TOKEN", lambda r: hexs(r, 64)),
    ("dnv_veracity_subscription_key_hex32", "VERACITY_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
    ("shipserv_api_key", "SHIPSERV_API_KEY", lambda r: rs(r, ALNUM, 30)),
    ("zeronorth_api_key", "ZERONORTH_API_KEY", lambda r: "zn_" + rs(r, ALNUM, 40)),
    ("stormglass_api_key_pair", "STORMGLASS_API_KEY", lambda r: hexs(r, 36) + "-" + hexs(r, 36)),
    ("sofar_spotter_api_token_hex30", "SOFAR_API_TOKEN", lambda r: hexs(r, 30)),
    ("copernicus_marine_password", "COPERNICUSMARINE_SERVICE_PASSWORD", sea_password),
    ("ukho_admiralty_subscription_key", "ADMIRALTY_SUBSCRIPTION_KEY", lambda r: hexs(r, 32)),
    ("orbcomm_ais_api_password", "ORBCOMM_AIS_PASSWORD", sea_password),
    ("flexport_api_bearer", "FLEXPORT_API_TOKEN", lambda r: rs(r, ALNUM, 64)),
    ("freightos_api_key", "FREIGHTOS_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("searates_api_key", "SEARATES_API_KEY", lambda r: "K-" + uuid4(r).upper()),
    ("xeneta_api_token", "XENETA_API_TOKEN", lambda r: hexs(r, 40)),
    ("aftership_api_key_asat", "AFTERSHIP_API_KEY", lambda r: "asat_" + hexs(r, 32)),
    ("shipengine_api_key_test_prefix", "SHIPENGINE_API_KEY", lambda r: "TEST_" + b64(r, 33, True, True)),
    ("ups_oauth_client_secret", "UPS_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64)),
    ("fedex_api_secret_key", "FEDEX_SECRET_KEY", lambda r: hexs(r, 32)),
    ("sendgrid_api_key_sg", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43)),
    ("shopify_admin_token_shpat", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + hexs(r, 32)),
    ("hubspot_private_app_token", "HUBSPOT_TOKEN", lambda r: "pat-eu1-" + uuid4(r)),
    ("figma_personal_token_figd", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, ALNUM + "-_", 40)),
    ("groq_api_key_gsk", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
    ("perplexity_api_key_pplx", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
    ("replicate_api_token_r8", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
    ("supabase_access_token_sbp", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + hexs(r, 40)),
    ("planetscale_password_pscale_pw", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, ALNUM + "_", 43)),
    ("neon_api_key_napi", "NEON_API_KEY", lambda r: "napi_" + rs(r, string.ascii_lowercase + string.digits, 64)),
    ("flyio_token_fo1", "FLY_API_TOKEN", lambda r: "fo1_" + rs(r, ALNUM + "-_", 43)),
    ("age_secret_key_bech32", "SOPS_AGE_KEY", lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
    ("sourcegraph_access_token_sgp", "SRC_ACCESS_TOKEN", lambda r: "sgp_" + hexs(r, 16) + "_" + hexs(r, 40)),
    ("typeform_personal_token_tfp", "TYPEFORM_TOKEN", lambda r: "tfp_" + rs(r, ALNUM, 44) + "_" + rs(r, ALNUM, 14)),
    ("okta_api_token_00", "OKTA_API_TOKEN", lambda r: "00" + rs(r, ALNUM + "-_", 40)),
    ("launchdarkly_api_token", "LD_API_TOKEN", lambda r: "api-" + uuid4(r)),
    ("algolia_admin_api_key_hex32", "ALGOLIA_ADMIN_KEY", lambda r: hexs(r, 32)),
    ("dropbox_short_lived_sl", "DROPBOX_ACCESS_TOKEN", lambda r: "sl." + rs(r, ALNUM + "-_", 130)),
    ("mistral_api_key_32", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32)),
]

STYLES = [
    ("port_ops_dotenv_line", "{K}=" + S + "\n"),
    ("terminal_k8s_secret_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tos-integrations\nstringData:\n  {K}: \"" + S + "\"\n"),
    ("chartering_shell_history_export", "  512  export {K}=" + S + "\n  513  python3 fixtures.py --sync\n"),
    ("vessel_pc_powershell_env_assignment", "PS C:\\bridge> $env:{K} = \"" + S + "\"\n"),
    ("customs_edi_spring_properties_line", "integration.{kd}=" + S + "\n"),
    ("ops_teams_chat_paste", "[Teams] Ops Desk Rotterdam: here you go {K}=" + S + " (please don't reuse)\n"),
    ("carrier_api_kotlin_const_val", "const val {K} = \"" + S + "\"\n"),
    ("port_gitlab_ci_variables_map", "variables:\n  {K}: \"" + S + "\"\n"),
    ("fleet_python_settings_constant", "# settings/prod.py\n{K} = \"" + S + "\"\n"),
    ("shipping_terraform_tfvars_line", "{k} = \"" + S + "\"\n"),
]


def build():
    rng = random.Random(11302)
    out = []
    for i, (typ, key, gen) in enumerate(V):
        style, tpl = STYLES[i % len(STYLES)]
        v = gen(rng)
        text, st = fill(tpl, v, K=key, k=key.lower(), kd=key.lower().replace("_", "-"))
        out.append(rec("", typ, typ + "__" + style, text, st, v, "vendor"))
    return out
