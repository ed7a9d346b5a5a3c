"""Vendor / structured credential generators for privacy_eleventh.
TOKENS: type -> (conventional variable name, generator(r), shape note)
shape note: 'C' checksummed/structured for real, 'P' strong public prefix,
'N' name-only (no distinctive prefix), 'G' guessed prefix/shape."""
import base64
import json
from gen_common import (B62, B58, LHEX, UHEX, LALNUM, UALNUM, B64URL, DIG, B32,
                        rs, rbytes, b64, b64u, gh_token, bech32_encode, b58check, jwt)


def uuid(r, upper=False):
    h = rs(r, LHEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return s.upper() if upper else s


def bitlocker(r):
    return "-".join(str(11 * r.randrange(1, 65535)).rjust(6, "0") for _ in range(8))


def xprv(r):
    payload = (bytes.fromhex("0488ade4") + bytes([3]) + rbytes(r, 4)
               + (0x80000000 + r.randrange(3)).to_bytes(4, "big") + rbytes(r, 32) + b"\0" + rbytes(r, 32))
    return b58check(payload)


BIP39_SUBSET = ("abandon ability absorb abstract acoustic actor adapt admit adult advice afford agent "
                "airport alarm album alpha amateur amazing anchor ancient animal annual antenna anxiety "
                "apology appear arena armor arrest arrow artwork aspect assault asset atom auction "
                "autumn avocado awake badge balcony bamboo banana barrel basket battle beach behave "
                "bicycle blanket bonus border bounce bracket brave bridge broccoli bubble budget "
                "cabbage cactus camera canal canvas carbon cargo castle casual catalog cement cereal "
                "chalk charge cherry chimney circle citizen clarify clever cliff clinic coconut "
                "comfort copper coral cousin cradle crater cricket crystal cushion dance dawn "
                "decade delay dentist desert dial dinosaur dolphin donkey dragon drift eagle "
                "echo eclipse elbow embark engine enrich erode escape estate evolve exhibit").split()


def mnemonic(r, n=12):
    return " ".join(r.choice(BIP39_SUBSET) for _ in range(n))


def youtrack(r):
    u = b64(r.choice(["admin", "ci-bot", "mkovac", "release"]).encode())
    t = b64(r.choice(["REST", "Import", "Grafana", "CI sync"]).encode())
    return "perm:%s.%s.%s" % (u, t, rs(r, B62, 30))


def rapidapi(r):
    return rs(r, LHEX, 10) + "msh" + rs(r, LHEX, 15) + "p" + rs(r, LHEX, 12) + "jsn" + rs(r, LHEX, 12)


def neptune(r):
    d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": uuid(r)}
    return b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


def qstash(r):
    d = {"UserID": uuid(r), "Password": rs(r, LHEX, 32)}
    return b64(json.dumps(d, separators=(",", ":")).encode())


def uploadthing(r):
    d = {"apiKey": "sk_live_" + rs(r, LHEX, 64), "appId": rs(r, LALNUM, 10), "regions": ["sea1"]}
    return b64(json.dumps(d, separators=(",", ":")).encode())


def keeper(r):
    d = {"hostname": "keepersecurity.com", "clientId": b64(rbytes(r, 64)),
         "privateKey": b64(rbytes(r, 138)), "serverPublicKeyId": "10", "appKey": b64(rbytes(r, 32))}
    return b64(json.dumps(d, separators=(",", ":")).encode())


def es_api_key(r):
    return b64((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 22)).encode())


def jfrog_ref(r):
    return b64(("reftkn:01:" + str(r.randrange(10**9, 10**10)) + ":" + rs(r, B62, 31)).encode()).rstrip("=")


def bedrock(r):
    body = "BedrockAPIKey-" + rs(r, LALNUM, 4) + "-at-" + "".join(r.choice(DIG) for _ in range(12)) + ":" + b64(rbytes(r, 30))
    return "ABSK" + b64(body.encode())


def ses_smtp(r):
    return b64(b"\x04" + rbytes(r, 32))


def slack_cfg(r):
    return "xoxe.xoxp-1-" + rs(r, B62, 140)


def amazon_refresh(r):
    return "Atzr|IwEB" + rs(r, B64URL, 300)


def jwt_generic(r, iss, sub, alg="HS256", extra=None):
    p = {"iss": iss, "sub": sub, "iat": 1700000000 + r.randrange(40000000)}
    if extra:
        p.update(extra)
    return jwt(r, {"alg": alg, "typ": "JWT"}, p, 32 if alg.startswith("HS") else 64)


def sas(r):
    from urllib.parse import quote
    mo, d = r.randrange(1, 13), r.randrange(1, 28)
    return ("sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-%02d-%02dT%02d:00:00Z"
            "&st=2025-%02d-%02dT08:00:00Z&spr=https&sig=%s"
            % (mo, d, r.randrange(24), mo, d, quote(b64(rbytes(r, 32)), safe="")))


def _t(env, gen, note):
    return (env, gen, note)


TOKENS = {
    # --- AI / ML
    "nvidia_api_key": _t("NVIDIA_API_KEY", lambda r: "nvapi-" + rs(r, B64URL, 64), "P"),
    "runpod_api_key": _t("RUNPOD_API_KEY", lambda r: "rpa_" + rs(r, UALNUM, 48), "G"),
    "deepinfra_api_key": _t("DEEPINFRA_API_KEY", lambda r: rs(r, B62, 32), "N"),
    "jina_api_key": _t("JINA_API_KEY", lambda r: "jina_" + rs(r, LHEX, 32) + rs(r, B62, 28), "G"),
    "llamacloud_api_key": _t("LLAMA_CLOUD_API_KEY", lambda r: "llx-" + rs(r, B62, 48), "P"),
    "helicone_api_key": _t("HELICONE_API_KEY", lambda r: "sk-helicone-" + "-".join(rs(r, LALNUM, 7) for _ in range(4)), "G"),
    "e2b_api_key": _t("E2B_API_KEY", lambda r: "e2b_" + rs(r, LHEX, 40), "P"),
    "browserbase_api_key": _t("BROWSERBASE_API_KEY", lambda r: "bb_live_" + rs(r, B64URL, 27), "G"),
    "exa_api_key": _t("EXA_API_KEY", uuid, "N"),
    "serpapi_api_key": _t("SERPAPI_API_KEY", lambda r: rs(r, LHEX, 64), "N"),
    "brave_search_api_key": _t("BRAVE_SEARCH_API_KEY", lambda r: "BSA" + rs(r, B62, 28), "G"),
    "mem0_api_key": _t("MEM0_API_KEY", lambda r: "m0-" + rs(r, B62, 40), "G"),
    "cartesia_api_key": _t("CARTESIA_API_KEY", lambda r: "sk_car_" + rs(r, B62, 22), "G"),
    "fal_api_key": _t("FAL_KEY", lambda r: uuid(r) + ":" + rs(r, LHEX, 32), "G"),
    "modal_token_secret": _t("MODAL_TOKEN_SECRET", lambda r: "as-" + rs(r, B62, 22), "G"),
    "weaviate_api_key": _t("WEAVIATE_API_KEY", lambda r: rs(r, B62, 40), "N"),
    "qdrant_api_key": _t("QDRANT_API_KEY", lambda r: rs(r, B64URL, 43), "N"),
    "dashscope_api_key": _t("DASHSCOPE_API_KEY", lambda r: "sk-" + rs(r, LHEX, 32), "G"),
    "moonshot_api_key": _t("MOONSHOT_API_KEY", lambda r: "sk-" + rs(r, B62, 48), "G"),
    "zhipu_api_key": _t("ZHIPUAI_API_KEY", lambda r: rs(r, LHEX, 32) + "." + rs(r, B62, 16), "G"),
    "volcengine_ark_api_key": _t("ARK_API_KEY", uuid, "N"),
    "baseten_api_key": _t("BASETEN_API_KEY", lambda r: rs(r, B62, 8) + "." + rs(r, B62, 32), "G"),
    "sambanova_api_key": _t("SAMBANOVA_API_KEY", uuid, "N"),
    "braintrust_api_key": _t("BRAINTRUST_API_KEY", lambda r: "sk-" + rs(r, B62, 48), "G"),
    "clarifai_pat": _t("CLARIFAI_PAT", lambda r: rs(r, LHEX, 32), "N"),
    "roboflow_api_key": _t("ROBOFLOW_API_KEY", lambda r: rs(r, B62, 20), "N"),
    "comet_api_key": _t("COMET_API_KEY", lambda r: rs(r, B62, 25), "N"),
    "neptune_api_token": _t("NEPTUNE_API_TOKEN", neptune, "C"),
    "speechmatics_api_key": _t("SPEECHMATICS_API_KEY", lambda r: rs(r, B62, 32), "N"),
    "rev_ai_access_token": _t("REVAI_ACCESS_TOKEN", lambda r: "02" + rs(r, B64URL, 62), "G"),
    "anyscale_api_key": _t("ANYSCALE_API_KEY", lambda r: "esecret_" + rs(r, LALNUM, 40), "G"),
    "openpipe_api_key": _t("OPENPIPE_API_KEY", lambda r: "opk_" + rs(r, LHEX, 40), "G"),
    "aws_bedrock_api_key": _t("AWS_BEARER_TOKEN_BEDROCK", bedrock, "G"),
    # --- dev platforms, CMS, backends
    "sourcegraph_access_token": _t("SRC_ACCESS_TOKEN", lambda r: "sgp_" + rs(r, LHEX, 16) + "_" + rs(r, LHEX, 40), "P"),
    "xata_api_key": _t("XATA_API_KEY", lambda r: "xau_" + rs(r, B62, 36), "P"),
    "appwrite_api_key": _t("APPWRITE_API_KEY", lambda r: "standard_" + rs(r, LHEX, 256), "G"),
    "hasura_admin_secret": _t("HASURA_GRAPHQL_ADMIN_SECRET", lambda r: rs(r, B62, 32), "N"),
    "directus_static_token": _t("DIRECTUS_TOKEN", lambda r: rs(r, B64URL, 32), "N"),
    "strapi_api_token": _t("STRAPI_API_TOKEN", lambda r: rs(r, LHEX, 256), "N"),
    "ghost_admin_api_key": _t("GHOST_ADMIN_API_KEY", lambda r: rs(r, LHEX, 24) + ":" + rs(r, LHEX, 64), "C"),
    "wordpress_application_password": _t("WP_APP_PASSWORD", lambda r: " ".join(rs(r, B62, 4) for _ in range(6)), "C"),
    "woocommerce_consumer_secret": _t("WC_CONSUMER_SECRET", lambda r: "cs_" + rs(r, LHEX, 40), "P"),
    "bigcommerce_access_token": _t("BIGCOMMERCE_ACCESS_TOKEN", lambda r: rs(r, LALNUM, 31), "N"),
    "webflow_api_token": _t("WEBFLOW_API_TOKEN", lambda r: rs(r, LHEX, 64), "N"),
    "builder_io_private_key": _t("BUILDER_PRIVATE_KEY", lambda r: "bpk-" + rs(r, LHEX, 32), "P"),
    "contentstack_management_token": _t("CONTENTSTACK_MANAGEMENT_TOKEN", lambda r: "cs" + rs(r, LHEX, 32), "G"),
    "hygraph_pat": _t("HYGRAPH_TOKEN", lambda r: jwt_generic(r, "https://management.hygraph.com/", rs(r, LALNUM, 25), "RS256"), "G"),
    "trigger_dev_secret_key": _t("TRIGGER_SECRET_KEY", lambda r: "tr_prod_" + rs(r, B62, 20), "P"),
    "inngest_signing_key": _t("INNGEST_SIGNING_KEY", lambda r: "signkey-prod-" + rs(r, LHEX, 64), "P"),
    "liveblocks_secret_key": _t("LIVEBLOCKS_SECRET_KEY", lambda r: "sk_prod_" + rs(r, B64URL, 48), "G"),
    "uploadthing_token": _t("UPLOADTHING_TOKEN", uploadthing, "C"),
    "vercel_blob_rw_token": _t("BLOB_READ_WRITE_TOKEN", lambda r: "vercel_blob_rw_" + rs(r, B62, 16) + "_" + rs(r, B62, 30), "P"),
    "upstash_qstash_token": _t("QSTASH_TOKEN", qstash, "C"),
    "upstash_qstash_signing_key": _t("QSTASH_CURRENT_SIGNING_KEY", lambda r: "sig_" + rs(r, B62, 28), "G"),
    "prisma_accelerate_api_key": _t("PRISMA_API_KEY", lambda r: jwt_generic(r, "prisma", uuid(r), "ES256", {"tenant_id": rs(r, LHEX, 64)}), "G"),
    "tinybird_token": _t("TB_TOKEN", lambda r: "p." + jwt(r, {"alg": "HS256"}, {"u": uuid(r), "id": uuid(r), "host": "gcp-europe-west3"}, 32).split(".", 1)[1], "G"),
    "flagsmith_server_key": _t("FLAGSMITH_SERVER_KEY", lambda r: "ser." + rs(r, B62, 22), "P"),
    "unleash_api_token": _t("UNLEASH_API_TOKEN", lambda r: "*:production." + rs(r, LHEX, 40), "P"),
    "digitalocean_refresh_token": _t("DO_REFRESH_TOKEN", lambda r: "dor_v1_" + rs(r, LHEX, 64), "P"),
    "heroku_platform_token": _t("HEROKU_API_KEY", lambda r: "HRKU-AA" + rs(r, B64URL, 58), "G"),
    "fauna_secret": _t("FAUNA_SECRET", lambda r: "fnAF" + rs(r, B64URL, 36), "G"),
    "datastax_astra_token": _t("ASTRA_DB_APPLICATION_TOKEN", lambda r: "AstraCS:" + rs(r, B62, 24) + ":" + rs(r, LHEX, 64), "P"),
    "clickhouse_cloud_key_secret": _t("CLICKHOUSE_KEY_SECRET", lambda r: "4b1d" + rs(r, B62, 38), "G"),
    "firebase_database_secret": _t("FIREBASE_DB_SECRET", lambda r: rs(r, B62, 40), "N"),
    "kinde_client_secret": _t("KINDE_CLIENT_SECRET", lambda r: rs(r, B62, 48), "N"),
    "keycloak_client_secret": _t("KEYCLOAK_CLIENT_SECRET", lambda r: rs(r, B62, 32), "N"),
    "github_app_client_secret": _t("GITHUB_CLIENT_SECRET", lambda r: rs(r, LHEX, 40), "N"),
    "facebook_app_secret": _t("FACEBOOK_APP_SECRET", lambda r: rs(r, LHEX, 32), "N"),
    "twitter_api_secret": _t("TWITTER_API_SECRET", lambda r: rs(r, B62, 50), "N"),
    "discord_client_secret": _t("DISCORD_CLIENT_SECRET", lambda r: rs(r, B64URL, 32), "N"),
    "strava_client_secret": _t("STRAVA_CLIENT_SECRET", lambda r: rs(r, LHEX, 40), "N"),
    "linkedin_client_secret": _t("LINKEDIN_CLIENT_SECRET", lambda r: "WPL_AP1." + rs(r, B62, 16) + "." + b64(rbytes(r, 6)), "G"),
    # --- payments & commerce
    "paddle_api_key": _t("PADDLE_API_KEY", lambda r: "pdl_live_apikey_" + rs(r, LALNUM, 26) + "_" + rs(r, B62, 22) + "_" + rs(r, B62, 3), "G"),
    "checkout_com_secret_key": _t("CKO_SECRET_KEY", lambda r: "sk_sbox_" + rs(r, LALNUM, 27), "G"),
    "mercadopago_access_token": _t("MP_ACCESS_TOKEN", lambda r: "APP_USR-%s-%s-%s-%s" % (rs(r, DIG, 16), rs(r, DIG, 6), rs(r, LHEX, 32), rs(r, DIG, 9)), "P"),
    "polar_access_token": _t("POLAR_ACCESS_TOKEN", lambda r: "polar_oat_" + rs(r, B62, 43), "P"),
    "chargebee_api_key": _t("CHARGEBEE_API_KEY", lambda r: "live_" + rs(r, B62, 32), "G"),
    "recurly_api_key": _t("RECURLY_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "xendit_secret_key": _t("XENDIT_SECRET_KEY", lambda r: "xnd_production_" + rs(r, B62, 60), "P"),
    "midtrans_server_key": _t("MIDTRANS_SERVER_KEY", lambda r: "Mid-server-" + rs(r, B64URL, 24), "P"),
    "authorize_net_transaction_key": _t("AUTHNET_TRANSACTION_KEY", lambda r: rs(r, B62, 16), "N"),
    "coinbase_commerce_api_key": _t("COINBASE_COMMERCE_API_KEY", uuid, "N"),
    "bybit_api_secret": _t("BYBIT_API_SECRET", lambda r: rs(r, B62, 36), "N"),
    "alchemy_api_key": _t("ALCHEMY_API_KEY", lambda r: rs(r, B64URL, 32), "N"),
    "infura_api_secret": _t("INFURA_API_SECRET", lambda r: rs(r, LHEX, 32), "N"),
    "etherscan_api_key": _t("ETHERSCAN_API_KEY", lambda r: rs(r, UALNUM, 34), "N"),
    "moralis_api_key": _t("MORALIS_API_KEY", lambda r: rs(r, B62, 64), "N"),
    "xprv_extended_private_key": _t("WALLET_XPRV", xprv, "C"),
    "nostr_nsec": _t("NOSTR_NSEC", lambda r: bech32_encode("nsec", rbytes(r, 32)), "C"),
    "bip39_mnemonic": _t("MNEMONIC", mnemonic, "G"),
    "amazon_lwa_client_secret": _t("LWA_CLIENT_SECRET", lambda r: "amzn1.oa2-cs.v1." + rs(r, LHEX, 64), "P"),
    "amazon_sp_api_refresh_token": _t("SP_API_REFRESH_TOKEN", amazon_refresh, "P"),
    "ebay_client_secret": _t("EBAY_CERT_ID", lambda r: "PRD-%s-%s-%s-%s-%s" % (rs(r, LHEX, 12), rs(r, LHEX, 4), rs(r, LHEX, 4), rs(r, LHEX, 4), rs(r, LHEX, 4)), "G"),
    "google_ads_developer_token": _t("GOOGLE_ADS_DEVELOPER_TOKEN", lambda r: rs(r, B64URL, 22), "N"),
    "ga4_measurement_protocol_secret": _t("GA4_API_SECRET", lambda r: rs(r, B64URL, 22), "N"),
    "meta_graph_api_token": _t("META_ACCESS_TOKEN", lambda r: "EAA" + rs(r, B62, 185), "P"),
    # --- messaging / chat / webhooks
    "telnyx_api_key": _t("TELNYX_API_KEY", lambda r: "KEY" + rs(r, UHEX, 32) + "_" + rs(r, B62, 22), "P"),
    "sinch_api_token": _t("SINCH_API_TOKEN", lambda r: rs(r, LHEX, 32), "N"),
    "infobip_api_key": _t("INFOBIP_API_KEY", lambda r: rs(r, LHEX, 32) + "-" + uuid(r), "G"),
    "getstream_api_secret": _t("STREAM_API_SECRET", lambda r: rs(r, LALNUM, 64), "N"),
    "sendbird_api_token": _t("SENDBIRD_API_TOKEN", lambda r: rs(r, LHEX, 40), "N"),
    "knock_secret_key": _t("KNOCK_API_KEY", lambda r: "sk_" + rs(r, B64URL, 43), "G"),
    "novu_api_key": _t("NOVU_SECRET_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "zulip_api_key": _t("ZULIP_API_KEY", lambda r: rs(r, B62, 32), "N"),
    "rocketchat_personal_token": _t("ROCKETCHAT_AUTH_TOKEN", lambda r: rs(r, B64URL, 43), "N"),
    "slack_config_token": _t("SLACK_CONFIG_TOKEN", slack_cfg, "P"),
    "slack_config_refresh_token": _t("SLACK_CONFIG_REFRESH_TOKEN", lambda r: "xoxe-1-" + rs(r, B62, 146), "P"),
    "dingtalk_webhook_url": _t("DINGTALK_WEBHOOK", lambda r: "https://oapi.dingtalk.com/robot/send?access_token=" + rs(r, LHEX, 64), "P"),
    "feishu_webhook_url": _t("FEISHU_WEBHOOK", lambda r: "https://open.feishu.cn/open-apis/bot/v2/hook/" + uuid(r), "P"),
    "wecom_webhook_url": _t("WECOM_WEBHOOK", lambda r: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + uuid(r), "P"),
    "google_chat_webhook_url": _t("GCHAT_WEBHOOK", lambda r: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" % (rs(r, B64URL, 7), rs(r, B64URL, 33), rs(r, B64URL, 43)), "P"),
    "mattermost_webhook_url": _t("MATTERMOST_WEBHOOK_URL", lambda r: "https://chat.%s/hooks/%s" % (r.choice(["kraemer-it.de", "orbitlab.io", "fennec.cloud"]), rs(r, LALNUM, 26)), "G"),
    "zapier_webhook_url": _t("ZAPIER_HOOK", lambda r: "https://hooks.zapier.com/hooks/catch/%s/%s/" % (rs(r, DIG, 8), rs(r, LALNUM, 6)), "P"),
    "ifttt_webhook_key": _t("IFTTT_KEY", lambda r: rs(r, B64URL, 22), "N"),
    "wechat_app_secret": _t("WECHAT_APP_SECRET", lambda r: rs(r, LHEX, 32), "N"),
    "kakao_rest_api_key": _t("KAKAO_REST_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "viber_bot_token": _t("VIBER_AUTH_TOKEN", lambda r: "-".join(rs(r, LHEX, 16) for _ in range(3)), "C"),
    "lichess_token": _t("LICHESS_TOKEN", lambda r: "lip_" + rs(r, B62, 20), "P"),
    # --- e-mail
    "mandrill_api_key": _t("MANDRILL_API_KEY", lambda r: "md-" + rs(r, B64URL, 22), "P"),
    "klaviyo_private_key": _t("KLAVIYO_PRIVATE_KEY", lambda r: "pk_" + rs(r, LHEX, 34), "P"),
    "amazon_ses_smtp_password": _t("SES_SMTP_PASSWORD", ses_smtp, "C"),
    "mailersend_api_token": _t("MAILERSEND_API_KEY", lambda r: "mlsn." + rs(r, LHEX, 64), "P"),
    "smtp2go_api_key": _t("SMTP2GO_API_KEY", lambda r: "api-" + rs(r, UHEX, 32), "P"),
    "mailtrap_api_token": _t("MAILTRAP_API_TOKEN", lambda r: rs(r, LHEX, 32), "N"),
    "loops_api_key": _t("LOOPS_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "customerio_app_api_key": _t("CUSTOMERIO_APP_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "convertkit_api_secret": _t("CONVERTKIT_API_SECRET", lambda r: rs(r, B64URL, 43), "N"),
    # --- observability / QA / CI
    "new_relic_insert_key": _t("NEW_RELIC_INSERT_KEY", lambda r: "NRII-" + rs(r, B64URL, 32), "P"),
    "coralogix_private_key": _t("CORALOGIX_PRIVATE_KEY", lambda r: "cxtp_" + rs(r, B62, 30), "P"),
    "better_stack_source_token": _t("LOGTAIL_SOURCE_TOKEN", lambda r: rs(r, B62, 24), "N"),
    "checkly_api_key": _t("CHECKLY_API_KEY", lambda r: "cu_" + rs(r, LHEX, 32), "P"),
    "cronitor_api_key": _t("CRONITOR_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "raygun_api_key": _t("RAYGUN_APIKEY", lambda r: rs(r, B62, 22), "N"),
    "incident_io_api_key": _t("INCIDENT_IO_API_KEY", lambda r: rs(r, LHEX, 64), "N"),
    "elasticsearch_api_key": _t("ELASTIC_API_KEY", es_api_key, "C"),
    "instana_agent_key": _t("INSTANA_AGENT_KEY", lambda r: rs(r, B64URL, 22), "N"),
    "wiz_client_secret": _t("WIZ_CLIENT_SECRET", lambda r: rs(r, B62, 64), "N"),
    "coveralls_repo_token": _t("COVERALLS_REPO_TOKEN", lambda r: rs(r, B62, 32), "N"),
    "codacy_project_token": _t("CODACY_PROJECT_TOKEN", lambda r: rs(r, LHEX, 32), "N"),
    "semgrep_app_token": _t("SEMGREP_APP_TOKEN", lambda r: rs(r, LHEX, 64), "N"),
    "packagecloud_token": _t("PACKAGECLOUD_TOKEN", lambda r: rs(r, LHEX, 48), "N"),
    "turbo_remote_cache_token": _t("TURBO_TOKEN", lambda r: rs(r, B62, 24), "N"),
    "lambdatest_access_key": _t("LT_ACCESS_KEY", lambda r: "LT_" + rs(r, B62, 48), "G"),
    "applitools_api_key": _t("APPLITOOLS_API_KEY", lambda r: rs(r, B62, 44), "N"),
    "pagerduty_integration_key": _t("PAGERDUTY_ROUTING_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "uptimerobot_api_key": _t("UPTIMEROBOT_API_KEY", lambda r: "u" + rs(r, DIG, 7) + "-" + rs(r, LHEX, 24), "P"),
    "zabbix_api_token": _t("ZABBIX_API_TOKEN", lambda r: rs(r, LHEX, 64), "N"),
    "jfrog_identity_token": _t("JFROG_ACCESS_TOKEN", jfrog_ref, "C"),
    # --- cloud / infra / hosting
    "azure_sas_token": _t("AZURE_STORAGE_SAS_TOKEN", sas, "C"),
    "azure_service_bus_sas_key": _t("SERVICEBUS_CONNECTION", lambda r: b64(rbytes(r, 32)), "N"),
    "azure_cognitive_services_key": _t("AZURE_SPEECH_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "azure_function_key": _t("AZ_FUNC_KEY", lambda r: rs(r, B64URL, 40) + "AzFu" + rs(r, B64URL, 10) + "==", "G"),
    "azure_container_registry_password": _t("ACR_PASSWORD", lambda r: rs(r, B62, 42) + "+ACR" + rs(r, B62, 6), "G"),
    "storj_access_grant": _t("STORJ_ACCESS", lambda r: "1" + rs(r, B58, 190), "G"),
    "bunny_net_api_key": _t("BUNNY_API_KEY", lambda r: uuid(r) + rs(r, LHEX, 4) + "-" + rs(r, LHEX, 4) + "-" + rs(r, LHEX, 4) + "-" + rs(r, LHEX, 4) + "-" + rs(r, LHEX, 12), "G"),
    "exoscale_api_secret": _t("EXOSCALE_API_SECRET", lambda r: rs(r, B64URL, 43), "N"),
    "civo_api_key": _t("CIVO_TOKEN", lambda r: rs(r, B62, 50), "N"),
    "equinix_metal_token": _t("METAL_AUTH_TOKEN", lambda r: rs(r, B62, 32), "N"),
    "cloudflare_turnstile_secret": _t("TURNSTILE_SECRET_KEY", lambda r: "0x4AAAAAAA" + rs(r, B64URL, 24), "P"),
    "recaptcha_secret_key": _t("RECAPTCHA_SECRET_KEY", lambda r: "6L" + rs(r, B64URL, 38), "P"),
    "hcaptcha_secret": _t("HCAPTCHA_SECRET", lambda r: "0x" + rs(r, LHEX, 40), "G"),
    "openshift_oauth_token": _t("OC_TOKEN", lambda r: "sha256~" + rs(r, B64URL, 43), "P"),
    "rancher_api_token": _t("RANCHER_TOKEN", lambda r: "token-" + rs(r, LALNUM, 5) + ":" + rs(r, LALNUM, 54), "P"),
    "portainer_api_key": _t("PORTAINER_API_KEY", lambda r: "ptr_" + rs(r, B64URL, 43), "P"),
    "proxmox_api_token_secret": _t("PM_API_TOKEN_SECRET", uuid, "N"),
    "truenas_api_key": _t("TRUENAS_API_KEY", lambda r: str(r.randrange(1, 9)) + "-" + rs(r, B62, 64), "G"),
    "akeyless_access_key": _t("AKEYLESS_ACCESS_KEY", lambda r: b64(rbytes(r, 30)), "N"),
    "conjur_api_key": _t("CONJUR_AUTHN_API_KEY", lambda r: rs(r, LALNUM, 55), "N"),
    "keeper_ksm_config": _t("KSM_CONFIG", keeper, "C"),
    "github_pat_classic": _t("GITHUB_TOKEN", lambda r: gh_token(r, "ghp_"), "C"),
    "npm_access_token": _t("NPM_TOKEN", lambda r: gh_token(r, "npm_"), "C"),
    "github_fine_grained_pat": _t("GH_PAT", lambda r: "github_pat_11" + rs(r, UALNUM, 20) + "_" + rs(r, B62, 59), "G"),
    "gitlab_feature_flags_client_token": _t("UNLEASH_INSTANCE_ID", lambda r: "glffct-" + rs(r, B64URL, 20), "P"),
    "gitlab_incoming_email_token": _t("GITLAB_INCOMING_EMAIL_TOKEN", lambda r: "glimt-" + rs(r, LALNUM, 25), "P"),
    "gitlab_pat": _t("GITLAB_TOKEN", lambda r: "glpat-" + rs(r, B64URL, 20), "P"),
    "bitbucket_repository_access_token": _t("BITBUCKET_ACCESS_TOKEN", lambda r: "ATCTT3xFfGN0" + rs(r, B64URL, 180) + "=" + rs(r, UHEX, 8), "G"),
    "youtrack_permanent_token": _t("YOUTRACK_TOKEN", youtrack, "P"),
    "cocoapods_trunk_token": _t("COCOAPODS_TRUNK_TOKEN", lambda r: rs(r, LHEX, 32), "N"),
    "open_vsx_token": _t("OVSX_PAT", uuid, "N"),
    "mozilla_amo_jwt_secret": _t("WEB_EXT_API_SECRET", lambda r: rs(r, LHEX, 64), "N"),
    "gradle_plugin_portal_secret": _t("GRADLE_PUBLISH_SECRET", lambda r: rs(r, B62, 32), "N"),
    "itch_io_api_key": _t("BUTLER_API_KEY", lambda r: rs(r, B62, 40), "N"),
    "rapidapi_key": _t("RAPIDAPI_KEY", rapidapi, "P"),
    "apify_token": _t("APIFY_TOKEN", lambda r: "apify_api_" + rs(r, B62, 36), "P"),
    "scrapingbee_api_key": _t("SCRAPINGBEE_API_KEY", lambda r: rs(r, UALNUM, 80), "N"),
    "maxmind_license_key": _t("MAXMIND_LICENSE_KEY", lambda r: rs(r, B62, 6) + "_" + rs(r, B62, 29) + "_mmk", "P"),
    "tomtom_api_key": _t("TOMTOM_API_KEY", lambda r: rs(r, B62, 32), "N"),
    "nasa_api_key": _t("NASA_API_KEY", lambda r: rs(r, B62, 40), "N"),
    "shortcut_api_token": _t("SHORTCUT_API_TOKEN", uuid, "N"),
    "smartsheet_access_token": _t("SMARTSHEET_ACCESS_TOKEN", lambda r: rs(r, B62, 37), "N"),
    "coda_api_token": _t("CODA_API_TOKEN", uuid, "N"),
    "miro_access_token": _t("MIRO_ACCESS_TOKEN", lambda r: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + rs(r, B64URL, 27), "G"),
    "jotform_api_key": _t("JOTFORM_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "pandadoc_api_key": _t("PANDADOC_API_KEY", lambda r: rs(r, LHEX, 40), "N"),
    "dropbox_sign_api_key": _t("HELLOSIGN_API_KEY", lambda r: rs(r, LHEX, 64), "N"),
    "phrase_access_token": _t("PHRASE_ACCESS_TOKEN", lambda r: rs(r, LHEX, 64), "N"),
    "transifex_api_token": _t("TX_TOKEN", lambda r: "1/" + rs(r, LHEX, 40), "P"),
    "obs_websocket_password": _t("OBS_WEBSOCKET_PASSWORD", lambda r: rs(r, B62, 16), "N"),
    "streamelements_jwt": _t("SE_JWT", lambda r: jwt_generic(r, "StreamElements", rs(r, LHEX, 24), "HS256", {"role": "owner", "channel": rs(r, LHEX, 24)}), "C"),
    # --- self-hosted / home lab / devices
    "vaultwarden_admin_token": _t("ADMIN_TOKEN", lambda r: b64(rbytes(r, 48)), "N"),
    "nextcloud_app_password": _t("NC_APP_PASSWORD", lambda r: "-".join(rs(r, B62, 5) for _ in range(5)), "C"),
    "radarr_api_key": _t("RADARR_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "sabnzbd_api_key": _t("SABNZBD_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "tautulli_api_key": _t("TAUTULLI_APIKEY", lambda r: rs(r, LHEX, 32), "N"),
    "immich_api_key": _t("IMMICH_API_KEY", lambda r: rs(r, B62, 43), "N"),
    "authentik_secret_key": _t("AUTHENTIK_SECRET_KEY", lambda r: rs(r, B64URL, 50), "N"),
    "authelia_jwt_secret": _t("AUTHELIA_JWT_SECRET", lambda r: rs(r, B62, 64), "N"),
    "moonraker_api_key": _t("MOONRAKER_API_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "tesla_refresh_token": _t("TESLA_REFRESH_TOKEN", lambda r: jwt_generic(r, "https://auth.tesla.com/oauth2/v3/nts", uuid(r), "ES256", {"scp": ["openid", "offline_access"]}), "G"),
    "smartthings_pat": _t("SMARTTHINGS_TOKEN", uuid, "N"),
    "netbird_setup_key": _t("NB_SETUP_KEY", lambda r: uuid(r, True), "N"),
    "headscale_preauth_key": _t("HEADSCALE_AUTHKEY", lambda r: rs(r, LHEX, 48), "N"),
    "bitlocker_recovery_key": _t("BITLOCKER_KEY", bitlocker, "C"),
    "filevault_recovery_key": _t("FV_RECOVERY", lambda r: "-".join(rs(r, UALNUM, 4) for _ in range(6)), "C"),
    "totp_seed": _t("TOTP_SECRET", lambda r: rs(r, B32, 32), "C"),
    "piv_management_key": _t("PIV_MGMT_KEY", lambda r: rs(r, LHEX, 48), "N"),
    # --- framework / app secrets
    "jwt_signing_secret": _t("JWT_SECRET", lambda r: b64(rbytes(r, 48)), "N"),
    "express_session_secret": _t("SESSION_SECRET", lambda r: rs(r, LHEX, 64), "N"),
    "django_secret_key": _t("DJANGO_SECRET_KEY", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50), "N"),
    "rails_secret_key_base": _t("SECRET_KEY_BASE", lambda r: rs(r, LHEX, 128), "N"),
    "rails_master_key": _t("RAILS_MASTER_KEY", lambda r: rs(r, LHEX, 32), "N"),
    "nextauth_secret": _t("NEXTAUTH_SECRET", lambda r: b64(rbytes(r, 32)), "N"),
    "phoenix_secret_key_base": _t("SECRET_KEY_BASE", lambda r: rs(r, B62 + "+/", 64), "N"),
    "symfony_app_secret": _t("APP_SECRET", lambda r: rs(r, LHEX, 32), "N"),
    "flask_secret_key": _t("FLASK_SECRET_KEY", lambda r: rs(r, LHEX, 48), "N"),
    "aes_encryption_key": _t("ENCRYPTION_KEY", lambda r: rs(r, LHEX, 64), "N"),
    "github_webhook_secret": _t("GITHUB_WEBHOOK_SECRET", lambda r: rs(r, LHEX, 40), "N"),
    # --- popular types reused in new containers
    "openai_project_key": _t("OPENAI_API_KEY", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), "G"),
    "anthropic_api_key": _t("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", "G"),
    "slack_bot_token": _t("SLACK_BOT_TOKEN", lambda r: "xoxb-%s-%s-%s" % (rs(r, DIG, 12), rs(r, DIG, 13), rs(r, B62, 24)), "P"),
    "stripe_secret_key": _t("STRIPE_SECRET_KEY", lambda r: "sk_live_51" + rs(r, B62, 97), "P"),
    "huggingface_token": _t("HF_TOKEN", lambda r: "hf_" + rs(r, B62[10:], 34), "P"),
    "google_api_key": _t("GOOGLE_API_KEY", lambda r: "AIzaSy" + rs(r, B64URL, 33), "P"),
    "sendgrid_api_key": _t("SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), "P"),
    "telegram_bot_token": _t("TELEGRAM_BOT_TOKEN", lambda r: str(r.randrange(6000000000, 8000000000)) + ":AA" + rs(r, B64URL, 33), "P"),
}


def gen(typ, r):
    return TOKENS[typ][1](r)


def env(typ):
    return TOKENS[typ][0]
