"""Vendors' tokens read after the eleventh held-out corpus, each by its vendor's published prefix or
shape (and the build and deploy hooks, private-key formats and cookies read with them): part of
``formats``' table, in its place there."""
from __future__ import annotations

from .patterns import B62, Detector, URLSAFE, ctx, pem, tok

VENDORS: tuple[Detector, ...] = (
    tok("cartesia_api_key", "ai", rf"sk_car_{B62}{{20,}}", "sk_car_"),
    tok("prod_secret_key", "payment", rf"sk_prod_{B62}{{24,}}", "sk_prod_", validator="random_tail"),   # Lalamove
    tok("gov_uk_pay_api_key", "payment", r"api_(?:live|test)_[a-z0-9]{26,}", "api_live_", "api_test_",
        validator="random_tail"),
    Detector("asaas_api_key", "payment", r"(\$aact_(?:prod_|hmlg_)?[A-Za-z0-9+/_\-]{40,}={0,2})", ("$aact_",),
             None, edges=False),   # (no placeholder test: a "$" start reads as a shell variable's)
    tok("adyen_api_key", "payment", r"AQE[A-Za-z0-9+/_]{20,}={0,2}-[A-Za-z0-9+/_]{16,}={0,2}(?:-[A-Za-z0-9+/_\-]{6,})?",
        "aqe"),
    tok("checkout_com_secret_key", "payment", r"sk_sbox_[a-z0-9]{20,40}", "sk_sbox_"),
    tok("polar_access_token", "payment", rf"polar_(?:oat|pat|at_[uo])_{B62}{{30,}}", "polar_"),
    tok("runpod_api_key", "ai", r"rpa_[A-Z0-9]{32,64}", "rpa_", validator="random_tail"),
    tok("midtrans_server_key", "payment", r"(?:SB-)?Mid-server-[A-Za-z0-9_\-]{20,}", "mid-server-"),
    tok("apify_api_token", "saas", rf"apify_api_{B62}{{30,}}", "apify_api_"),
    tok("e2b_api_key", "ai", r"e2b_[a-f0-9]{40}", "e2b_"),
    tok("promptlayer_api_key", "ai", r"pl_[a-f0-9]{32}", "pl_", validator="random_tail"),
    tok("trigger_dev_secret_key", "saas", rf"tr_(?:dev|prod|stg|pat)_{B62}{{20,}}", "tr_dev_", "tr_prod_", "tr_stg_",
        "tr_pat_", validator="random_tail"),
    tok("telnyx_api_key", "saas", rf"KEY[0-9A-F]{{32}}_{URLSAFE}{{20,}}", "key"),
    tok("sanctum_access_token", "saas", r"[0-9]{1,10}\|[A-Za-z0-9]{40}(?:[0-9a-f]{8})?", "|",
        validator="sanctum_token"),   # Laravel Sanctum's plain-text token: the row's id, '|', 40 random (Sanctum 4: + crc32b)
    tok("astra_db_token", "cloud", r"AstraCS:[A-Za-z]{24}:[a-f0-9]{64}", "astracs:"),
    tok("xata_api_key", "saas", rf"xau_{B62}{{30,}}", "xau_"),
    tok("portainer_api_key", "saas", rf"ptr_{URLSAFE}{{32,}}", "ptr_", validator="random_tail"),
    tok("openshift_oauth_token", "cloud", rf"sha256~{URLSAFE}{{43}}", "sha256~"),
    tok("lichess_token", "saas", rf"lip_{B62}{{16,24}}", "lip_", validator="random_tail"),
    tok("llamacloud_api_key", "ai", rf"llx-{B62}{{40,}}", "llx-"),
    tok("checkly_api_key", "saas", r"cu_[a-f0-9]{32}", "cu_", validator="random_tail"),
    tok("plex_claim_token", "saas", rf"claim-{URLSAFE}{{20}}", "claim-", validator="random_tail"),   # plex.tv/claim
    tok("jfrog_reference_token", "package_registry", rf"cmVmdGtuOjAxOj{URLSAFE}{{40,}}", "cmvmdgtuojaxoj"),
    ctx("storj_access_grant", "cloud", r"storj", r"1[1-9A-HJ-NP-Za-km-z]{100,}", words=r"(?:access|grant|key|token)"),
    tok("sourcegraph_access_token", "source_hosting", r"sgp_(?:local_|[a-f0-9]{16}_)?[a-f0-9]{40}", "sgp_"),
    tok("together_api_key_v1", "ai", rf"tgp_v1_{URLSAFE}{{40,}}", "tgp_v1_"),
    tok("socket_dev_api_key", "saas", rf"sktsec_{URLSAFE}{{40,}}", "sktsec_"),
    # OpenWeatherMap's and Agora's application id is the account's key: 32 hex (a UUID's dashes, a WeChat wx…
    # id, a numeric Facebook id are public ids)
    Detector("app_id_hex_key", "saas", r"(?i:app[_\-]?id)\\?[\"'`]?[ \t]*(?:=|:|=>)[ \t]*\\?[\"'`]?([0-9a-fA-F]{32})\b",
             ("appid", "app_id", "app-id"), "not_placeholder"),
    # Klaviyo's private key: pk_ and 34 letters and digits, told from Stripe's publishable pk_live_/pk_test_ by its
    # vendor's name before it (its public key is the six-character site id), or alone as its 34 small hex
    Detector("klaviyo_private_key", "saas", r"(?i:klaviyo)[^\r\n]{0,64}?\b(pk_[A-Za-z0-9]{34})\b|\b(pk_[0-9a-f]{34})\b",
             ("klaviyo", "pk_"), "not_placeholder"),
    # an AI provider's key under the provider's own name in a keys file (llm's keys.json: "mistral": "…"): a key's
    # shape, not a model's name ("openai": "gpt-4o-mini")
    Detector("ai_provider_named_key", "ai",
             r"\"(?i:openai|anthropic|claude|mistral|cohere|deepseek|gemini|groq|openrouter|perplexity|together|fireworks|voyage|"
             r"jina|xai|replicate|huggingface)\"[ \t]*:[ \t]*\"(sk-[A-Za-z0-9_\-]{20,}|[A-Za-z0-9]{24,})\"",
             ("openai", "anthropic", "claude", "mistral", "cohere", "deepseek", "gemini", "groq", "openrouter", "perplexity",
              "together", "fireworks", "voyage", "jina", "xai", "replicate", "huggingface"), "token"),
    # a macaroon in its v2 binary form, base64 (a device's or a service's bearer credential: its location, identifier,
    # caveats and signature; LND's is lnd_macaroon)
    tok("macaroon_token", "saas", r"AgE[A-Za-z0-9+/_\-]{80,}={0,2}", "age", validator="macaroon_v2"),
    # PayPal's OAuth access token (what /v1/oauth2/token returns, a bearer for nine hours): A21AA and base64url
    tok("paypal_access_token", "payment", r"A21AA[A-Za-z0-9_\-]{50,120}", "a21aa", validator="token"),
    tok("cal_com_api_key", "saas", r"cal_(?:live|test)_[a-f0-9]{32}", "cal_live_", "cal_test_"),
    tok("riot_games_api_key", "saas", r"RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "rgapi-"),
    tok("onesignal_api_key", "saas", r"os_v2_(?:app|org)_[a-z0-9]{50,}", "os_v2_"),
    tok("chromatic_project_token", "saas", r"chpt_[a-f0-9]{14,40}", "chpt_"),
    tok("jetbrains_permanent_token", "source_hosting", rf"perm:{URLSAFE}{{8,}}\.{URLSAFE}{{2,}}\.{URLSAFE}{{20,}}", "perm:"),
    tok("k3s_cluster_token", "cloud", r"K10[a-f0-9]{64}::[a-z]+:[a-f0-9]{16,64}", "k10"),
    # Unleash's API tokens: project:environment.<64 hex>, an admin's ``*:*.`` (not a path's last part:
    # library://lab/qc/fastqc:sha256.<digest> is a container image's)
    Detector("unleash_api_token", "saas",
             r"(?:^|[^\w*:/])((?:\*|[a-z][\w\-]{0,40}):(?:\*|[a-z][\w\-]{0,40})\.[a-f0-9]{64})\b",
             ("*:", ":development.", ":production.", ":staging."), "not_placeholder", "api_keys", edges=False),
    # build and deploy hooks, automation webhooks: whoever has the URL triggers the build or the story
    Detector("hook_url_secret", "cloud",
             r"https://(?:[a-z0-9\-]+\.tines\.com/webhook/[a-z0-9]{32}/([a-z0-9]{32})|"
             r"api\.vercel\.com/v1/integrations/deploy/prj_[A-Za-z0-9]{20,40}/([A-Za-z0-9]{8,40})|"
             r"api\.netlify\.com/build_hooks/([a-f0-9]{24}))",
             ("tines.com/webhook", "api.vercel.com/v1/integrations/deploy", "api.netlify.com/build_hooks"), "not_placeholder",
             marker="endpoint_token", edges=False),
    Detector("quicknode_endpoint_url", "cloud", r"https?://[a-z0-9\-]+\.[a-z\-]*\.?quiknode\.pro/([a-f0-9]{32,64})",
             ("quiknode.pro",), "not_placeholder", marker="endpoint_token", edges=False),
    # a ThingsBoard device's access token, the path of its HTTP API (/api/v1/<token>/telemetry) (New Relic's NRJS- browser
    # key is public: ``public``)
    Detector("thingsboard_device_token", "saas", r"/api/v1/([A-Za-z0-9]{20})/(?:telemetry|attributes|rpc|claim)\b",
             ("/api/v1/",), "not_placeholder", edges=False),
    # self-identifying keys read in Kingfisher's public rules (mongodb/kingfisher, data/rules; shape only)
    tok("adafruit_io_key", "saas", r"aio_[A-Za-z0-9]{28}", "aio_", validator="random_tail"),
    tok("ionic_token", "saas", r"ion_[A-Za-z0-9]{42}", "ion_", validator="random_tail"),
    tok("flexport_api_token", "saas", rf"shltm_{URLSAFE}{{40}}", "shltm_"),
    tok("stackhawk_api_key", "saas", rf"hawk\.{URLSAFE}{{20}}\.{URLSAFE}{{20}}", "hawk.", validator="token"),
    tok("teamwork_api_token", "saas", r"tkn\.v1_[A-Za-z0-9+/]{60,}={0,2}", "tkn.v1_"),
    tok("ubidots_token", "saas", r"BBFF-[A-Za-z0-9]{30}", "bbff-", validator="random_tail"),
    tok("tickettailor_api_key", "saas", r"sk_[0-9]{4}_[0-9]{6}_[a-f0-9]{32}", "sk_"),
    tok("sourcegraph_license_key", "source_hosting", r"slk_[a-f0-9]{64}", "slk_"),
    tok("nostr_private_key", "private_key", r"nsec1[02-9ac-hj-np-z]{58}", "nsec1"),
    tok("tezos_secret_key", "private_key", r"(?:edsk|spsk|p2sk)[1-9A-HJ-NP-Za-km-z]{50,94}", "edsk", "spsk", "p2sk",
        rule="private_keys", marker="private_key"),
    Detector("cardano_signing_key", "private_key",      # a cardano-cli .skey file: CBOR of 32 or 64 bytes
             r"SigningKey[\w]*\\?\"[^{}]{0,200}?\\?\"cborHex\\?\"[ \t]*:[ \t]*\\?\"(58[24]0[0-9a-fA-F]{64,128})",
             ("signingkey",), None, "private_keys", "private_key"),
    Detector("pkcs12_keystore_base64", "private_key",   # a PFX: SEQUENCE, version 3, SEQUENCE (MII…IBAzCC)
             r"\b(MI[I-J][A-Za-z0-9+/]{3}IBAzCC[A-Za-z0-9+/]{100,}={0,2})", ("ibazcc",), None, "private_keys",
             "private_key"),
    # a private key's DER in Base64 without its PEM lines (an env var's PRIVATE_KEY=MIIEv…): each form's
    # own start — PKCS#8 RSA and EC, PKCS#1 RSA, SEC1 EC, and the 25519 and 448 curves' PKCS#8
    Detector("der_private_key_base64", "private_key",
             r"\b((?:MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAAS[BC]|MII[A-Za-z0-9+/]{3}IBAAK[BC])[A-Za-z0-9+/]{300,}={0,2}|"
             r"(?:MI[GH][A-Za-z0-9+/]AgEAMB[AM]GByqGSM49AgEG|M(?:HcCAQEEI|HQCAQEEI|IGkAgEBBD[A-D]|IHcAgEBBE[I-L]))[A-Za-z0-9+/]{60,}={0,2}|"
             r"(?:MC4CAQAwBQYDK2V[uw]BCIEI|MFECAQEwBQYDK2V[uw]BCIEI|MEcCAQAwBQYDK2VxBDsEO|MEYCAQAwBQYDK2VvBDoEO)[A-Za-z0-9+/]{40,}={0,2})",
             ("ibadanbgkqhkig9w0baqefaas", "ibaakb", "ibaakc", "byqgsm49ageg", "mhccaqeei", "mhqcaqeei", "migkagebbd",
              "mihcagebbe", "bqydk2v"), None, "private_keys", "private_key"),
    Detector("ssh2_private_key", "private_key",         # SSH Communications' (Tectia) key file
             r"(---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----(?s:.)*?---- END SSH2 (?:ENCRYPTED )?PRIVATE KEY ----)",
             ("begin ssh2",), None, "private_keys", "private_key", edges=False),
    tok("bip32_extended_private_key", "private_key", r"(?:[xyzt]prv|Ltpv|ttpv)[1-9A-HJ-NP-Za-km-z]{100,112}", "xprv",
        "yprv", "zprv", "tprv", "ltpv", "ttpv"),
    tok("nats_nkey_seed", "private_key", r"S[UAO]A[A-Z2-7]{55}", "sua", "saa", "soa", rule="private_keys",
        marker="private_key"),
    tok("avalanche_private_key", "private_key", r"PrivateKey-[1-9A-HJ-NP-Za-km-z]{40,60}", "privatekey-",
        rule="private_keys", marker="private_key"),
    tok("bech32_signing_key", "private_key", r"(?:ed25519e?|ed25519_bip32|acct|addr|stake|root)_x?sk1[02-9ac-hj-np-z]{50,}",
        "_sk1", "_xsk1", rule="private_keys", marker="private_key"),       # Cardano's key files
    Detector("bitlocker_recovery_key", "private_key", r"\b(\d{6}(?:-\d{6}){7})\b", ("-",), "bitlocker",
             marker="recovery_key"),
    pem("openvpn_static_key", "OpenVPN Static key V1", "begin openvpn static key"),
)
