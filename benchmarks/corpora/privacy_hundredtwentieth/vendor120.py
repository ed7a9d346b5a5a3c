"""Vendor credential types, one record each, ten ad-tech styles."""
import random
from common120 import *

def H(n): return lambda r: rs(r, LHEX, n)
def UH(n): return lambda r: rs(r, UHEX, n)
def AN(n): return lambda r: rs(r, A62, n)
def LA(n): return lambda r: rs(r, LAN, n)
def UA(n): return lambda r: rs(r, UAN, n)
def P(prefix, f): return lambda r: prefix + f(r)
def U(): return lambda r: uuid4(r)
def B64(n): return lambda r: b64bytes(r, n)
def OWN(): return lambda r: owner_password(r)
def J(iss): return lambda r: jwt(r, {"iss": iss, "sub": str(r.randint(10**6, 10**7)), "iat": 1700000000 + r.randint(0, 10**7)})

# (type, vendor word for the novelty check, key name, generator)
CANDIDATES = [
 ("thetradedesk_api_ttd_auth_token", "tradedesk", "TTD_AUTH", AN(64)),
 ("xandr_invest_api_session_token", "xandr", "XANDR_TOKEN", P("hbapi:", LA(32))),
 ("magnite_dv_plus_api_secret", "magnite", "MAGNITE_API_SECRET", AN(40)),
 ("pubmatic_reporting_api_token", "pubmatic", "PUBMATIC_API_TOKEN", H(32)),
 ("openx_oauth_consumer_secret", "openx", "OPENX_CONSUMER_SECRET", H(40)),
 ("index_exchange_api_password", "ixapi", "IX_API_PASSWORD", OWN()),
 ("criteo_marketing_client_secret", "criteo", "CRITEO_CLIENT_SECRET", AN(32)),
 ("taboola_backstage_client_secret", "taboola", "TABOOLA_CLIENT_SECRET", H(32)),
 ("outbrain_amplify_ob_token", "outbrain", "OB_TOKEN_V1", B64(48)),
 ("adform_api_client_secret", "adform", "ADFORM_CLIENT_SECRET", AN(40)),
 ("equativ_smart_api_password", "equativ", "EQUATIV_API_PASSWORD", OWN()),
 ("adroll_api_personal_token", "adroll", "ADROLL_TOKEN", AN(32)),
 ("sovrn_meridian_api_key", "sovrn", "SOVRN_API_KEY", U()),
 ("triplelift_reporting_api_key", "triplelift", "TRIPLELIFT_KEY", H(32)),
 ("sharethrough_reporting_token", "sharethrough", "STR_REPORT_TOKEN", AN(40)),
 ("gumgum_publisher_api_key", "gumgum", "GUMGUM_API_KEY", LA(32)),
 ("teads_reporting_api_token", "teads", "TEADS_TOKEN", H(64)),
 ("inmobi_reporting_secret_key", "inmobi", "INMOBI_SECRET_KEY", H(32)),
 ("applovin_max_report_key", "applovin", "APPLOVIN_REPORT_KEY", AN(86)),
 ("applovin_sdk_management_key", "applovinsdk", "APPLOVIN_MANAGEMENT_KEY", AN(86)),
 ("ironsource_reporting_secret_key", "ironsource", "IRONSOURCE_SECRET_KEY", H(32)),
 ("mintegral_reporting_api_key", "mintegral", "MINTEGRAL_API_KEY", H(32)),
 ("liftoff_vungle_reporting_api_key", "liftoff", "VUNGLE_REPORTING_KEY", H(32)),
 ("chartboost_user_signature", "chartboost", "CHARTBOOST_USER_SIGNATURE", H(64)),
 ("moloco_cloud_api_key", "moloco", "MOLOCO_API_KEY", AN(48)),
 ("appsflyer_api_v2_token_jwt", "appsflyer", "APPSFLYER_API_TOKEN", J("appsflyer")),
 ("appsflyer_sdk_dev_key", "appsflyersdk", "AF_DEV_KEY", AN(22)),
 ("adjust_app_automation_token", "adjust", "ADJUST_API_TOKEN", AN(20)),
 ("branch_secret_live", "branch", "BRANCH_SECRET", P("secret_live_", AN(32))),
 ("kochava_api_key_uuid", "kochava", "KOCHAVA_API_KEY", lambda r: uuid4(r).upper()),
 ("singular_reporting_api_key", "singular", "SINGULAR_API_KEY", AN(32)),
 ("tenjin_api_key", "tenjin", "TENJIN_API_KEY", UA(32)),
 ("liveramp_safe_haven_client_secret", "liveramp", "LIVERAMP_CLIENT_SECRET", AN(48)),
 ("habu_clean_room_api_secret", "habu", "HABU_API_SECRET", AN(40)),
 ("infosum_platform_api_key", "infosum", "INFOSUM_API_KEY", P("is_", AN(40))),
 ("doubleverify_api_bearer", "doubleverify", "DV_API_TOKEN", H(64)),
 ("integral_ad_science_client_secret", "integral", "IAS_CLIENT_SECRET", AN(36)),
 ("comscore_api_password", "comscore", "COMSCORE_API_PASSWORD", OWN()),
 ("innovid_reporting_token", "innovid", "INNOVID_TOKEN", LA(40)),
 ("flashtalking_api_secret", "flashtalking", "FLASHTALKING_SECRET", H(40)),
 ("celtra_api_app_secret", "celtra", "CELTRA_APP_SECRET", H(40)),
 ("adswizz_domain_api_secret", "adswizz", "ADSWIZZ_API_SECRET", AN(32)),
 ("freewheel_mrm_api_password", "freewheel", "FREEWHEEL_API_PASSWORD", OWN()),
 ("springserve_api_password", "springserve", "SPRINGSERVE_PASSWORD", OWN()),
 ("stackadapt_graphql_api_key", "stackadapt", "STACKADAPT_API_KEY", H(64)),
 ("basis_platform_client_secret", "basis", "BASIS_CLIENT_SECRET", AN(40)),
 ("quantcast_api_secret", "quantcast", "QUANTCAST_API_SECRET", AN(32)),
 ("lotame_api_secret_key", "lotame", "LOTAME_SECRET_KEY", U()),
 ("permutive_private_api_key", "permutive", "PERMUTIVE_PRIVATE_KEY", U()),
 ("meta_marketing_system_user_token_eaa", "meta", "META_SYSTEM_USER_TOKEN", P("EAA", AN(180))),
 ("meta_app_secret_hex32", "facebook", "FB_APP_SECRET", H(32)),
 ("tiktok_business_access_token_hex40", "tiktok", "TIKTOK_ACCESS_TOKEN", H(40)),
 ("snapchat_marketing_client_secret", "snapchat", "SNAP_CLIENT_SECRET", AN(43)),
 ("pinterest_ads_access_token_pina", "pinterest", "PINTEREST_TOKEN", P("pina_", UA(88))),
 ("reddit_ads_app_secret", "reddit", "REDDIT_APP_SECRET", lambda r: rs(r, B64U, 30)),
 ("linkedin_marketing_client_secret", "linkedin", "LINKEDIN_CLIENT_SECRET", AN(16)),
 ("microsoft_advertising_developer_token", "bingads", "BING_ADS_DEVELOPER_TOKEN", UA(16)),
 ("twitter_ads_bearer_token", "twitter", "X_ADS_BEARER", lambda r: "A" * 22 + rs(r, A62, 20) + "%3D" + rs(r, A62, 50)),
 ("adwords_developer_token_22", "adwords", "ADS_DEVELOPER_TOKEN", lambda r: rs(r, A62 + "-_", 22)),
 ("amazon_ads_lwa_client_secret", "amazonads", "AMZN_ADS_CLIENT_SECRET", P("amzn1.oa2-cs.v1.", H(64))),
 ("amazon_mws_auth_token", "mws", "MWS_AUTH_TOKEN", lambda r: "amzn.mws." + uuid4(r)),
 ("walmart_connect_consumer_private_pass", "walmart", "WALMART_ADS_KEY_PASSPHRASE", OWN()),
 ("kargo_reporting_api_token", "kargo", "KARGO_TOKEN", AN(48)),
 ("yieldmo_reporting_key", "yieldmo", "YIELDMO_KEY", H(32)),
 ("nativo_api_secret", "nativo", "NATIVO_SECRET", AN(40)),
 ("smaato_spx_client_secret", "smaato", "SMAATO_CLIENT_SECRET", AN(32)),
 ("digital_turbine_fyber_client_secret", "fyber", "FYBER_CLIENT_SECRET", H(32)),
 ("admob_oauth_refresh_token", "admob", "ADMOB_REFRESH_TOKEN", P("1//0", lambda r: rs(r, B64U, 99))),
 ("ezoic_api_key", "ezoic", "EZOIC_API_KEY", H(40)),
 ("mediavine_reporting_token", "mediavine", "MEDIAVINE_TOKEN", AN(40)),
 ("playwire_api_secret", "playwire", "PLAYWIRE_SECRET", AN(32)),
 ("freestar_reporting_api_key", "freestar", "FREESTAR_API_KEY", U()),
 ("id5_partner_api_key", "id5", "ID5_API_KEY", AN(32)),
 ("liveintent_api_secret", "liveintent", "LIVEINTENT_SECRET", H(40)),
 ("uid2_operator_client_secret", "uid2", "UID2_CLIENT_SECRET", B64(32)),
 ("uid2_operator_api_key", "uid2key", "UID2_API_KEY", P("UID2-C-L-", lambda r: str(r.randint(100, 999)) + "-" + b64bytes(r, 24))),
 ("optable_dcn_api_token", "optable", "OPTABLE_TOKEN", AN(48)),
 ("eyeota_api_secret", "eyeota", "EYEOTA_SECRET", H(32)),
 ("mparticle_server_api_secret", "mparticle", "MPARTICLE_API_SECRET", lambda r: rs(r, B64U, 64)),
 ("tealium_api_key", "tealium", "TEALIUM_API_KEY", AN(32)),
 ("segment_write_key_source", "segment", "SEGMENT_WRITE_KEY", AN(32)),
 ("rudderstack_workspace_token", "rudderstack", "RUDDER_WORKSPACE_TOKEN", AN(27)),
 ("amplitude_secret_key", "amplitude", "AMPLITUDE_SECRET_KEY", H(32)),
 ("mixpanel_service_account_secret", "mixpanel", "MIXPANEL_SA_SECRET", AN(32)),
 ("heap_api_key", "heap", "HEAP_API_KEY", U()),
 ("onetrust_api_client_secret", "onetrust", "ONETRUST_CLIENT_SECRET", H(32)),
 ("didomi_api_secret", "didomi", "DIDOMI_SECRET", AN(40)),
 ("sourcepoint_api_key", "sourcepoint", "SOURCEPOINT_API_KEY", H(32)),
 ("usercentrics_api_secret", "usercentrics", "USERCENTRICS_SECRET", AN(40)),
 ("confiant_api_token", "confiant", "CONFIANT_TOKEN", H(40)),
 ("pixalate_api_key", "pixalate", "PIXALATE_API_KEY", AN(32)),
 ("maxmind_license_key_mmk", "maxmind", "MAXMIND_LICENSE_KEY", lambda r: rs(r, A62, 6) + "_" + rs(r, A62, 29) + "_mmk"),
 ("ipinfo_access_token_hex14", "ipinfo", "IPINFO_TOKEN", H(14)),
 ("ipdata_api_key_hex56", "ipdata", "IPDATA_API_KEY", H(56)),
 ("fiftyonedegrees_resource_key", "51degrees", "FIFTYONE_RESOURCE_KEY", AN(32)),
 ("adobe_io_client_secret_p8e", "adobe", "ADOBE_CLIENT_SECRET", P("p8e-", AN(32))),
 ("shopify_app_secret_shpss", "shopify", "SHOPIFY_API_SECRET", P("shpss_", H(32))),
 ("shopify_admin_token_shpat", "shopifyadmin", "SHOPIFY_ADMIN_TOKEN", P("shpat_", H(32))),
 ("square_oauth_secret_sq0csp", "square", "SQUARE_APP_SECRET", P("sq0csp-", lambda r: rs(r, B64U, 43))),
 ("braintree_production_access_token", "braintree", "BT_ACCESS_TOKEN", lambda r: "access_token$production$" + rs(r, LAN, 16) + "$" + rs(r, LHEX, 32)),
 ("mailchimp_marketing_api_key_dc", "mailchimp", "MAILCHIMP_API_KEY", lambda r: rs(r, LHEX, 32) + "-us" + str(r.randint(1, 21))),
 ("mailgun_private_key_dash", "mailgun", "MAILGUN_API_KEY", P("key-", H(32))),
 ("klaviyo_private_api_key_pk", "klaviyo", "KLAVIYO_PRIVATE_KEY", P("pk_", H(34))),
 ("braze_rest_api_key_uuid", "braze", "BRAZE_REST_KEY", U()),
 ("iterable_server_api_key", "iterable", "ITERABLE_API_KEY", H(32)),
 ("customerio_app_api_key", "customerio", "CIO_APP_API_KEY", H(32)),
 ("onesignal_rest_api_key", "onesignal", "ONESIGNAL_REST_KEY", lambda r: "os_v2_app_" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 113)),
 ("algolia_admin_api_key", "algolia", "ALGOLIA_ADMIN_KEY", H(32)),
 ("alibaba_cloud_access_key_secret", "alibaba", "ALIBABA_ACCESS_KEY_SECRET", AN(30)),
 ("tencent_cloud_secret_key", "tencent", "TENCENTCLOUD_SECRET_KEY", AN(32)),
 ("gitlab_personal_token_glpat", "gitlab", "GITLAB_TOKEN", P("glpat-", lambda r: rs(r, A62 + "-_", 20))),
 ("slack_bot_token_xoxb", "slack", "SLACK_BOT_TOKEN", lambda r: "xoxb-" + str(r.randint(10**11, 10**12)) + "-" + str(r.randint(10**12, 10**13)) + "-" + rs(r, A62, 24)),
 ("stripe_restricted_key_rk_live", "stripe", "STRIPE_RESTRICTED_KEY", P("rk_live_", AN(99))),
 ("onepassword_secret_key_a3", "1password", "OP_ACCOUNT_SECRET_KEY", lambda r: "A3-" + rs(r, UAN, 6) + "-" + rs(r, UAN, 11) + "-" + rs(r, UAN, 5) + "-" + rs(r, UAN, 5) + "-" + rs(r, UAN, 5)),
 ("age_secret_key_bech32", "agekey", "AGE_IDENTITY", lambda r: "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)),
 ("alibaba_access_key_id_pair_secret", "aliyun", "ALIYUN_SECRET", AN(30)),
 ("snowplow_bdp_api_key", "snowplow", "SNOWPLOW_API_KEY", U()),
 ("fivetran_api_secret", "fivetran", "FIVETRAN_API_SECRET", AN(32)),
 ("airbyte_cloud_client_secret", "airbyte", "AIRBYTE_CLIENT_SECRET", AN(48)),
 ("hightouch_workspace_api_key", "hightouch", "HIGHTOUCH_API_KEY", U()),
 ("census_workspace_secret_token", "census", "CENSUS_SECRET_TOKEN", P("secret-token:", AN(32))),
 ("dbt_cloud_service_token_dbtc", "dbtcloud", "DBT_CLOUD_TOKEN", P("dbtc_", lambda r: rs(r, B64U, 56))),
 ("cube_api_secret", "cubejs", "CUBEJS_API_SECRET", H(64)),
 ("looker_api3_client_secret", "looker", "LOOKERSDK_CLIENT_SECRET", AN(24)),
 ("tableau_pat_secret", "tableau", "TABLEAU_PAT_SECRET", lambda r: b64bytes(r, 16) + ":" + rs(r, A62, 32)),
 ("mode_analytics_api_secret", "modeanalytics", "MODE_API_SECRET", H(24)),
 ("statsig_server_secret", "statsig", "STATSIG_SERVER_SECRET", P("secret-", AN(43))),
 ("launchdarkly_sdk_key", "launchdarkly", "LD_SDK_KEY", lambda r: "sdk-" + uuid4(r)),
 ("optimizely_personal_token", "optimizely", "OPTIMIZELY_TOKEN", P("2:", lambda r: rs(r, B64U, 43))),
 ("clevertap_passcode", "clevertap", "CLEVERTAP_PASSCODE", UA(36)),
 ("airship_master_secret", "airship", "AIRSHIP_MASTER_SECRET", lambda r: rs(r, B64U, 22)),
]

STYLES = [
 ("bidder_fleet_consul_kv_put", 'consul kv put bidder/partners/{k} "' + MARK + '"\n'),
 ("adops_nushell_env_load", "load-env {{ {k}: '" + MARK + "' }}\n"),
 ("reporting_job_hocon_override", "reporting {{\n  partner {{\n    {k} = \"" + MARK + "\"\n  }}\n}}\n"),
 ("ssp_adapter_elixir_runtime_exs", "config :ssp_adapter, :{kl},\n  \"" + MARK + "\"\n"),
 ("dsp_service_scala_case_object", "object Creds {{\n  val {k}: String = \"" + MARK + "\"\n}}\n"),
 ("attribution_worker_clojure_edn", "{{:{kl} \"" + MARK + "\"\n :region \"eu-west\"}}\n"),
 ("wrapper_build_swift_plist_entry", "<key>{k}</key>\n<string>" + MARK + "</string>\n"),
 ("ad_ops_windows_setx_line", "C:\\> setx {k} " + MARK + "\n"),
 ("cleanroom_notebook_r_sys_setenv", "Sys.setenv({k} = \"" + MARK + "\")\n"),
 ("adtech_ops_teams_like_chat_paste", "[10:42] dana.k: prod {k} for the partner sync is " + MARK + " - will move it to the vault tomorrow\n"),
]

def select(deny_words):
    kept, dropped = [], []
    for c in CANDIDATES:
        if c[1].lower() in deny_words:
            dropped.append(c[0])
        else:
            kept.append(c)
    return kept, dropped

def generate(idgen, deny_words, limit=120):
    r = random.Random(12002)
    kept, dropped = select(deny_words)
    kept = kept[:limit]
    out = []
    for i, (typ, w, k, g) in enumerate(kept):
        style, tpl = STYLES[i % len(STYLES)]
        v = g(r)
        t = tpl.replace("{k}", k).replace("{kl}", k.lower()).replace("{{", "{").replace("}}", "}")
        text, s, e = fill(t, v)
        out.append(rec_pos(idgen(), typ, typ + "__" + style, text, s, e, "vendor"))
    return out, dropped
