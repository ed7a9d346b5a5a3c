"""Vendor source: one record per type, each in a container typical of where
that key lives; the public half of a pair sits next to the secret unlabelled."""
import base64
import json
import random
import re

import common263 as C
import world263 as W

M = C.MARK
ALPH = {"alnum": C.ALNUM, "lalnum": C.LOWER_ALNUM, "ualnum": C.UPPER_ALNUM, "hex": C.HEX, "uhex": C.UHEX,
        "digits": C.DIGITS, "b64u": C.B64URL, "letters": C.UPPER + C.LOWER, "awsb64": C.ALNUM + "/+",
        "lower": C.LOWER, "base32u": C.UPPER + "234567", "b64ud": C.ALNUM + "-_."}
ALPH_RE = {"alnum": "[A-Za-z0-9]", "lalnum": "[a-z0-9]", "ualnum": "[A-Z0-9]", "hex": "[0-9a-f]", "uhex": "[0-9A-F]",
           "digits": "[0-9]", "b64u": "[A-Za-z0-9_-]", "letters": "[A-Za-z]", "awsb64": "[A-Za-z0-9/+]",
           "lower": "[a-z]", "base32u": "[A-Z2-7]", "b64ud": "[A-Za-z0-9._-]"}
ALPH_WORD = {"alnum": "alphanumerics", "lalnum": "lower-case alphanumerics", "ualnum": "upper-case alphanumerics",
             "hex": "lower-case hex", "uhex": "upper-case hex", "digits": "digits", "b64u": "base64url characters",
             "letters": "letters", "awsb64": "characters of [A-Za-z0-9/+]", "lower": "lower-case letters",
             "base32u": "characters of [A-Z2-7]", "b64ud": "characters of [A-Za-z0-9._-]"}


# --------------------------------------------------------------- frames
def _f_intercom(rng):
    return C.b64s(("tok:%s:1:0" % C.uuid4(rng)).encode())


def _v_intercom(v):
    try:
        s = base64.b64decode(v, validate=True).decode()
    except Exception:
        return False
    m = re.fullmatch(r"tok:([0-9a-f-]{36}):1:0", s)
    return bool(m) and C.is_uuid4(m.group(1))


def _f_cftunnel(rng):
    obj = {"a": C.rstr(rng, C.HEX, 32), "t": C.uuid4(rng), "s": C.b64s(C.rbytes(rng, 32))}
    return C.b64s(json.dumps(obj, separators=(",", ":")).encode())


def _v_cftunnel(v):
    try:
        o = json.loads(base64.b64decode(v, validate=True))
    except Exception:
        return False
    return set(o) == {"a", "t", "s"} and re.fullmatch(r"[0-9a-f]{32}", o["a"]) and C.is_uuid4(o["t"]) and len(base64.b64decode(o["s"])) == 32


def _f_onepassword(rng):
    obj = {"signInAddress": "slath.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                                                                 "salt": C.b64u(C.rbytes(rng, 16))},
           "email": "%s@1passwordserviceaccounts.eu" % C.rstr(rng, C.LOWER_ALNUM, 13), "srpX": C.rstr(rng, C.HEX, 64),
           "muk": {"alg": "A256GCM", "ext": True, "k": C.b64u(C.rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (C.rstr(rng, C.UPPER_ALNUM, 6), C.rstr(rng, C.UPPER_ALNUM, 6), C.rstr(rng, C.UPPER_ALNUM, 5),
                                                   C.rstr(rng, C.UPPER_ALNUM, 5), C.rstr(rng, C.UPPER_ALNUM, 5), C.rstr(rng, C.UPPER_ALNUM, 5)),
           "throttleSecret": {"seed": C.rstr(rng, C.HEX, 64), "uuid": C.rstr(rng, C.UPPER_ALNUM, 26)}, "deviceUuid": C.rstr(rng, C.LOWER_ALNUM, 26)}
    return "ops_" + C.b64s(json.dumps(obj, separators=(",", ":")).encode())


def _v_onepassword(v):
    if not v.startswith("ops_eyJ"):
        return False
    try:
        o = json.loads(base64.b64decode(v[4:], validate=True))
    except Exception:
        return False
    return {"signInAddress", "userAuth", "email", "srpX", "muk", "secretKey", "throttleSecret", "deviceUuid"} <= set(o)


def _f_monday(rng):
    iad = "2024-0%d-%02dT%02d:%02d:%02d.000Z" % (rng.randint(1, 6), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    claims = {"tid": rng.randint(300000000, 399999999), "aai": 11, "uid": rng.randint(40000000, 59999999), "iad": iad,
              "per": "me:write", "actid": rng.randint(15000000, 19999999), "rgn": "euc1"}
    return C.jws_hs256({"alg": "HS256"}, claims, C.rbytes(rng, 32))


def _v_monday(v):
    if not C.jws_frame_ok(v):
        return False
    h, p, _ = v.split(".")
    return json.loads(C.b64u_dec(h)) == {"alg": "HS256"} and set(json.loads(C.b64u_dec(p))) == {"tid", "aai", "uid", "iad", "per", "actid", "rgn"}


def _f_hass(rng):
    iat = 1710000000 + rng.randint(0, 9000000)
    return C.jws_hs256({"alg": "HS256", "typ": "JWT"}, {"iss": C.rstr(rng, C.HEX, 32), "iat": iat, "exp": iat + 315360000}, C.rbytes(rng, 32))


def _v_hass(v):
    if not C.jws_frame_ok(v):
        return False
    h, p, _ = v.split(".")
    return json.loads(C.b64u_dec(h)).get("alg") == "HS256" and set(json.loads(C.b64u_dec(p))) == {"iss", "iat", "exp"}


def _f_azure(rng):
    return C.b64s(C.rbytes(rng, 64))


def _v_azure(v):
    try:
        return len(base64.b64decode(v, validate=True)) == 64 and len(v) == 88
    except Exception:
        return False


FRAMES = {
    "intercom": (_f_intercom, _v_intercom, "standard Base64 of `tok:` + UUIDv4 + `:1:0`"),
    "cftunnel": (_f_cftunnel, _v_cftunnel, "standard Base64 of JSON {a: 32 hex account tag, t: UUIDv4 tunnel id, s: Base64 of 32 bytes}"),
    "onepassword": (_f_onepassword, _v_onepassword, "`ops_` + standard Base64 of the service-account JSON {signInAddress, userAuth, email, srpX, muk, secretKey, throttleSecret, deviceUuid}"),
    "monday": (_f_monday, _v_monday, "real HS256 JWT (header {alg}; claims {tid, aai, uid, iad, per, actid, rgn}) under a discarded key"),
    "hass": (_f_hass, _v_hass, "real HS256 JWT (claims {iss: 32 hex, iat, exp}) under a discarded key"),
    "azure": (_f_azure, _v_azure, "standard Base64 of exactly 64 random bytes (88 characters ending `==`)"),
}


# --------------------------------------------------------------- spec DSL
def gen_spec(spec, rng):
    if spec[0] == "F":
        return FRAMES[spec[1]][0](rng)
    if spec[0] == "PW":
        return W.password(rng, strict=False, cap=0.5)
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(part[1])
        elif part[0] == "R":
            out.append(C.rstr(rng, ALPH[part[1]], part[2]))
        elif part[0] == "U":
            out.append(C.uuid4(rng))
    return "".join(out)


def spec_regex(spec):
    if spec[0] == "F" or spec[0] == "PW":
        return None
    rx = ""
    for part in spec:
        if part[0] == "L":
            rx += re.escape(part[1])
        elif part[0] == "R":
            rx += "%s{%d}" % (ALPH_RE[part[1]], part[2])
        elif part[0] == "U":
            rx += r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    return rx


def spec_desc(spec):
    if spec[0] == "F":
        return FRAMES[spec[1]][2]
    if spec[0] == "PW":
        return "owner-chosen password"
    bits = []
    for part in spec:
        if part[0] == "L":
            bits.append("`%s`" % part[1])
        elif part[0] == "R":
            bits.append("%d %s" % (part[2], ALPH_WORD[part[1]]))
        elif part[0] == "U":
            bits.append("UUIDv4")
    return " + ".join(bits)


def validate(spec, v):
    if spec[0] == "F":
        return bool(FRAMES[spec[1]][1](v))
    if spec[0] == "PW":
        return bool(W.PW_LOOSE_RE.match(v))
    return bool(re.fullmatch(spec_regex(spec), v))


def L(s):
    return ("L", s)


def R(a, n):
    return ("R", a, n)


U = ("U",)
PW = ("PW",)

# styles
S_GCLOUD, S_AZ, S_HEROKU = "ops_gcloud_run_deploy_capture", "ops_az_webapp_appsettings_capture", "ops_heroku_config_set_capture"
S_NOMADVAR, S_CONSUL, S_SSM = "ops_nomad_var_put_capture", "ops_consul_kv_put_capture", "ops_aws_ssm_put_parameter_capture"
S_ASM, S_NETLIFY, S_DOAPP = "ops_aws_secretsmanager_get_value_json", "ops_netlify_toml_context_env", "ops_digitalocean_app_spec_yaml"
S_K8S, S_ENVFILE, S_AVIEW = "ops_k8s_deployment_env_yaml", "ops_systemd_environment_file", "ops_ansible_vault_view_capture"
S_NPMRC, S_GEMCRED, S_COMPOSER = "dev_npmrc_file", "dev_gem_credentials_file", "dev_composer_auth_json"
S_GRADLE, S_JBHTTP, S_HOPP = "dev_gradle_user_properties", "dev_jetbrains_http_private_env_json", "dev_hoppscotch_environment_json"
S_DASHLANE, S_KEEPER, S_ICLOUD = "office_dashlane_csv_export", "office_keeper_json_export", "office_icloud_keychain_csv"
S_MESSENGER, S_IMESSAGE, S_GCHAT = "office_messenger_json_export", "office_imessage_txt_export", "office_google_chat_takeout_json"
S_Z2M, S_HA = "iot_zigbee2mqtt_configuration_yaml", "iot_home_assistant_configuration_yaml"

STYLES = {
    S_GCLOUD: ("upper", "terminal capture of `gcloud run deploy --set-env-vars`", ",'"),
    S_AZ: ("upper", "terminal capture of `az webapp config appsettings set --settings` and its JSON echo", "\"' \\"),
    S_HEROKU: ("upper", "terminal capture of `heroku config:set` and its echo", "'"),
    S_NOMADVAR: ("snake", "terminal capture of `nomad var put` and its metadata table", "' "),
    S_CONSUL: ("kebab", "terminal capture of `consul kv put`", "' "),
    S_SSM: ("kebab", "terminal capture of `aws ssm put-parameter --type String`", "' "),
    S_ASM: ("upper", "`aws secretsmanager get-secret-value` JSON output (SecretString holding a JSON object)", "\"\\"),
    S_NETLIFY: ("upper", "`netlify.toml` [context.production.environment] block", "\"\\"),
    S_DOAPP: ("upper", "DigitalOcean App Platform spec (`.do/app.yaml`, envs with scope RUN_TIME)", "'"),
    S_K8S: ("upper", "Kubernetes Deployment manifest with plain `env: - name/value` entries", "'"),
    S_ENVFILE: ("upper", "systemd EnvironmentFile (`/etc/default/...`) on a co-op server", "\"'\\$ #"),
    S_AVIEW: ("snake", "terminal capture of `ansible-vault view` (the decrypted vars file)", "'"),
    S_NPMRC: ("native", "`~/.npmrc` (native `_authToken` line)", ""),
    S_GEMCRED: ("native", "`~/.gem/credentials` (native `:rubygems_api_key:`)", ""),
    S_COMPOSER: ("native", "Composer `auth.json` (native github-oauth / gitlab-token / http-basic sections)", "\"\\"),
    S_GRADLE: ("camel", "`~/.gradle/gradle.properties` of a developer", "\\"),
    S_JBHTTP: ("camel", "JetBrains `http-client.private.env.json`", "\"\\"),
    S_HOPP: ("camel", "Hoppscotch environment export (JSON)", "\"\\"),
    S_DASHLANE: ("title", "Dashlane CSV export (username,username2,username3,title,password,note,url,category,otpSecret)", ",\""),
    S_KEEPER: ("title", "Keeper JSON export record", "\"\\"),
    S_ICLOUD: ("title", "iCloud Keychain / Safari passwords CSV (Title,URL,Username,Password,Notes,OTPAuth)", ",\""),
    S_MESSENGER: ("spaced", "Facebook Messenger JSON export of the makers' group chat", "\"\\"),
    S_IMESSAGE: ("spaced", "iMessage conversation exported to text", ""),
    S_GCHAT: ("spaced", "Google Chat messages.json from a Takeout archive", "\"\\"),
    S_Z2M: ("snake", "Zigbee2MQTT `configuration.yaml` in the workshop", "'"),
    S_HA: ("snake", "Home Assistant `configuration.yaml` integrations in the workshop", "'"),
}

# name, group, spec, source, note, neighbour(label, spec) or None, style, url/host
G_TRADE, G_SHOP, G_MSG, G_AI, G_DEV, G_IOT = ("trade", "shop", "msg", "ai", "dev", "iot")
VENDORS = [
    # owner-chosen trade portals and devices
    ("basketmakers_association_members_password", G_TRADE, PW, "owner", "", ("membership number", [L("BA-"), R("digits", 4)]), S_DASHLANE, "https://www.basketmakersassociation.example/members"),
    ("heritage_crafts_maker_directory_password", G_TRADE, PW, "owner", "", ("login email", None), S_KEEPER, "https://directory.heritagecrafts.example/login"),
    ("basketmakers_livery_company_portal_password", G_TRADE, PW, "owner", "", ("freeman number", [L("F"), R("digits", 5)]), S_ICLOUD, "https://portal.basketmakerscompany.example"),
    ("amusf_member_portal_password", G_TRADE, PW, "owner", "", ("member id", [L("AM"), R("digits", 5)]), S_DASHLANE, "https://members.amusf.example"),
    ("jacobs_young_westbury_trade_password", G_TRADE, PW, "owner", "", ("trade account number", [L("JYW"), R("digits", 6)]), S_KEEPER, "https://trade.jywcane.example"),
    ("coate_willow_trade_account_password", G_TRADE, PW, "owner", "", ("account email", None), S_MESSENGER, "https://trade.coatewillow.example"),
    ("musgrove_willows_wholesale_password", G_TRADE, PW, "owner", "", ("customer number", [L("MW-"), R("digits", 5)]), S_IMESSAGE, "https://wholesale.musgrovewillows.example"),
    ("hh_perkins_cane_shop_password", G_TRADE, PW, "owner", "", ("account email", None), S_ICLOUD, "https://shop.hhperkins.example"),
    ("chairish_seller_account_password", G_TRADE, PW, "owner", "", ("seller email", None), S_GCHAT, "https://www.chairish.example/sellers"),
    ("vinterior_dealer_portal_password", G_TRADE, PW, "owner", "", ("dealer id", [L("VD"), R("digits", 6)]), S_KEEPER, "https://dealers.vinterior.example"),
    ("folksy_shop_login_password", G_TRADE, PW, "owner", "", ("shop login", None), S_DASHLANE, "https://folksy.example/login"),
    ("draytek_vigor_router_admin_password", G_TRADE, PW, "owner", "", ("router address", None), S_IMESSAGE, "http://10.83.1.1"),
    ("reolink_nvr_admin_password", G_TRADE, PW, "owner", "", ("nvr address", None), S_GCHAT, "http://10.83.9.21"),
    ("zebra_zd421_printer_web_password", G_TRADE, PW, "owner", "", ("printer address", None), S_MESSENGER, "http://10.83.6.40"),
    ("workshop_mosquitto_broker_password", G_IOT, PW, "owner", "", ("mqtt user", None), S_Z2M, ""),
    # marketplaces, shops, payments, shipping, bookings, address and weather data, e-mail marketing
    ("etsy_open_api_access_token", G_SHOP, [R("digits", 9), L("."), R("b64u", 54)], "guessed", "user id + `.` + token believed; token length guessed", None, S_NOMADVAR, ""),
    ("amazon_lwa_client_secret", G_SHOP, [L("amzn1.oa2-cs.v1."), R("hex", 64)], "believed", "", ("lwa client id", [L("amzn1.application-oa2-client."), R("hex", 32)]), S_SSM, ""),
    ("ebay_production_cert_id", G_SHOP, [L("PRD-"), R("hex", 12), L("-"), R("hex", 4), L("-"), R("hex", 4), L("-"), R("hex", 4), L("-"), R("hex", 4)], "believed", "", ("ebay app id", [L("Cranmore-TradeSyn-PRD-"), R("hex", 9), L("-"), R("hex", 8)]), S_K8S, ""),
    ("shopify_admin_api_access_token", G_SHOP, [L("shpat_"), R("hex", 32)], "read", "gitleaks shopify-access-token", None, S_GCLOUD, ""),
    ("shopify_app_api_secret_key", G_SHOP, [L("shpss_"), R("hex", 32)], "read", "gitleaks shopify-shared-secret", ("shopify client id", [R("hex", 32)]), S_NETLIFY, ""),
    ("ecwid_secret_access_token", G_SHOP, [L("secret_"), R("alnum", 32)], "believed", "", ("ecwid store id", [R("digits", 8)]), S_DOAPP, ""),
    ("squarespace_commerce_api_key", G_SHOP, [U], "read", "gitleaks squarespace-access-token (UUID; v4 mine)", None, S_AZ, ""),
    ("prestashop_webservice_key", G_SHOP, [R("ualnum", 32)], "believed", "", None, S_ENVFILE, ""),
    ("sumup_secret_api_key", G_SHOP, [L("sup_sk_"), R("alnum", 32)], "believed", "", None, S_HEROKU, ""),
    ("gocardless_live_access_token", G_SHOP, [L("live_"), R("b64u", 40)], "read", "gitleaks gocardless-api-token", None, S_ASM, ""),
    ("stripe_live_secret_key", G_SHOP, [L("sk_live_"), R("alnum", 99)], "read", "gitleaks stripe-access-token (10-99 after the head; 99 mine)", None, S_K8S, ""),
    ("braintree_private_key", G_SHOP, [R("hex", 32)], "believed", "", ("braintree public key", [R("lalnum", 16)]), S_AVIEW, ""),
    ("xero_oauth_client_secret", G_SHOP, [R("b64u", 48)], "believed", "", ("xero client id", [R("uhex", 32)]), S_HEROKU, ""),
    ("quickbooks_oauth_client_secret", G_SHOP, [R("alnum", 40)], "believed", "", ("quickbooks client id", [L("AB"), R("alnum", 48)]), S_AZ, ""),
    ("shipstation_api_secret", G_SHOP, [R("hex", 32)], "believed", "", ("shipstation api key", [R("hex", 32)]), S_DOAPP, ""),
    ("parcel2go_api_client_secret", G_SHOP, [R("alnum", 40)], "guessed", "", ("parcel2go client id", [R("lalnum", 20)]), S_NOMADVAR, ""),
    ("easyship_production_access_token", G_SHOP, [L("prod_"), R("b64u", 43)], "guessed", "prod_ head believed, length guessed", None, S_GCLOUD, ""),
    ("packlink_pro_api_key", G_SHOP, [R("hex", 64)], "guessed", "", None, S_CONSUL, ""),
    ("ups_oauth_client_secret", G_SHOP, [R("alnum", 64)], "guessed", "", ("ups client id", [R("alnum", 48)]), S_SSM, ""),
    ("fedex_api_secret_key", G_SHOP, [R("hex", 32)], "guessed", "", ("fedex api key", [L("l7"), R("hex", 30)]), S_ASM, ""),
    ("eventbrite_private_oauth_token", G_SHOP, [R("ualnum", 20)], "read", "Kingfisher eventbrite (20 of [0-9A-Z])", None, S_NETLIFY, ""),
    ("ticket_tailor_api_key", G_SHOP, [L("sk_"), R("digits", 4), L("_"), R("digits", 6), L("_"), R("hex", 32)], "read", "Kingfisher tickettailor", None, S_HEROKU, ""),
    ("getaddress_io_api_key", G_SHOP, [R("alnum", 30)], "guessed", "", None, S_NETLIFY, ""),
    ("ideal_postcodes_api_key", G_SHOP, [L("ak_"), R("lalnum", 24)], "guessed", "ak_ head believed, length guessed", None, S_DOAPP, ""),
    ("loqate_address_api_key", G_SHOP, [R("ualnum", 4), L("-"), R("ualnum", 4), L("-"), R("ualnum", 4), L("-"), R("ualnum", 4)], "believed", "", None, S_AZ, ""),
    ("what3words_api_key", G_SHOP, [R("ualnum", 8)], "believed", "", None, S_K8S, ""),
    ("openweathermap_api_key", G_IOT, [R("hex", 32)], "read", "Kingfisher openweather (32 of [a-z0-9]; hex believed)", None, S_HA, ""),
    ("visual_crossing_api_key", G_IOT, [R("ualnum", 25)], "read", "Kingfisher visualcrossing", None, S_HA, ""),
    ("mailchimp_marketing_api_key", G_SHOP, [R("hex", 32), L("-us"), R("digits", 2)], "read", "gitleaks mailchimp-api-key", None, S_GCLOUD, ""),
    ("klaviyo_private_api_key", G_SHOP, [L("pk_"), R("hex", 34)], "read", "Kingfisher klaviyo (pk_ + 34 alphanumerics; hex believed)", None, S_ASM, ""),
    ("brevo_api_key", G_SHOP, [L("xkeysib-"), R("hex", 64), L("-"), R("lalnum", 16)], "read", "gitleaks sendinblue-api-token", None, S_ENVFILE, ""),
    ("mailgun_private_api_key", G_SHOP, [L("key-"), R("hex", 32)], "read", "gitleaks mailgun-private-api-token", None, S_NOMADVAR, ""),
    ("omnisend_api_key", G_SHOP, [R("hex", 24), L("-"), R("alnum", 50)], "read", "Kingfisher omnisend (75 of [a-zA-Z0-9-]; the 24 + - + 50 split mine)", None, S_CONSUL, ""),
    # messaging
    ("telegram_bot_api_token", G_MSG, [R("digits", 10), L(":A"), R("b64u", 34)], "read", "gitleaks telegram-bot-api-token", None, S_HA, ""),
    ("slack_bot_user_token", G_MSG, [L("xoxb-"), R("digits", 13), L("-"), R("digits", 13), L("-"), R("alnum", 24)], "read", "gitleaks slack-bot-token", None, S_K8S, ""),
    ("mattermost_personal_access_token", G_MSG, [R("lalnum", 26)], "read", "gitleaks mattermost-access-token", None, S_AVIEW, ""),
    ("zulip_bot_api_key", G_MSG, [R("alnum", 32)], "believed", "", ("zulip bot email", None), S_ENVFILE, ""),
    ("pushover_application_token", G_MSG, [L("a"), R("lalnum", 29)], "believed", "", ("pushover user key", [L("u"), R("lalnum", 29)]), S_HA, ""),
    ("messagebird_live_access_key", G_MSG, [R("alnum", 25)], "read", "gitleaks messagebird-api-token", None, S_SSM, ""),
    ("intercom_access_token", G_MSG, ("F", "intercom"), "believed", "", None, S_JBHTTP, ""),
    ("twilio_account_auth_token", G_MSG, [R("hex", 32)], "believed", "", ("twilio account sid", [L("AC"), R("hex", 32)]), S_GCLOUD, ""),
    ("gotify_application_token", G_MSG, [L("A"), R("b64ud", 14)], "believed", "", None, S_HA, ""),
    # AI
    ("openai_project_api_key", G_AI, [L("sk-proj-"), R("b64u", 74), L("T3BlbkFJ"), R("b64u", 74)], "read", "gitleaks openai-api-key", None, S_HOPP, ""),
    ("anthropic_api_key_api03", G_AI, [L("sk-ant-api03-"), R("b64u", 93), L("AA")], "read", "gitleaks anthropic-api-key", None, S_JBHTTP, ""),
    ("groq_api_key", G_AI, [L("gsk_"), R("alnum", 52)], "read", "Kingfisher groq", None, S_HOPP, ""),
    ("hugging_face_user_access_token", G_AI, [L("hf_"), R("letters", 34)], "read", "gitleaks huggingface-access-token", None, S_HEROKU, ""),
    ("replicate_api_token", G_AI, [L("r8_"), R("b64u", 37)], "read", "Kingfisher replicate", None, S_NETLIFY, ""),
    ("perplexity_api_key", G_AI, [L("pplx-"), R("alnum", 48)], "read", "gitleaks perplexity-api-key", None, S_DOAPP, ""),
    ("google_gemini_api_key", G_AI, [L("AIza"), R("b64u", 35)], "believed", "", None, S_GCLOUD, ""),
    ("langsmith_personal_api_key", G_AI, [L("lsv2_pt_"), R("hex", 32), L("_"), R("hex", 10)], "believed", "", None, S_K8S, ""),
    ("pinecone_api_key", G_AI, [L("pcsk_"), R("alnum", 6), L("_"), R("alnum", 63)], "believed", "", None, S_ASM, ""),
    ("cloudinary_api_secret", G_AI, [R("b64u", 27)], "believed", "", ("cloudinary api key", [R("digits", 15)]), S_NETLIFY, ""),
    ("fal_ai_api_key", G_AI, [U, L(":"), R("hex", 32)], "believed", "", None, S_AZ, ""),
    ("stability_ai_api_key", G_AI, [L("sk-"), R("alnum", 48)], "believed", "", None, S_HEROKU, ""),
    ("jina_ai_api_key", G_AI, [L("jina_"), R("alnum", 60)], "believed", "", None, S_NOMADVAR, ""),
    ("voyage_ai_api_key", G_AI, [L("pa-"), R("b64u", 43)], "believed", "", None, S_CONSUL, ""),
    # developer, cloud and ops
    ("github_fine_grained_pat", G_DEV, [L("github_pat_"), R("alnum", 22), L("_"), R("alnum", 59)], "read", "gitleaks github-fine-grained-pat (82 word characters; the 22 + _ + 59 split believed)", None, S_COMPOSER, ""),
    ("github_oauth_app_user_token", G_DEV, [L("gho_"), R("alnum", 36)], "read", "gitleaks github-oauth", None, S_JBHTTP, ""),
    ("gitlab_personal_access_token", G_DEV, [L("glpat-"), R("b64u", 20)], "read", "gitleaks gitlab-pat", None, S_COMPOSER, ""),
    ("bitbucket_app_password", G_DEV, [L("ATBB"), R("alnum", 28), R("uhex", 8)], "believed", "", ("bitbucket username", None), S_COMPOSER, ""),
    ("npm_granular_access_token", G_DEV, [L("npm_"), R("alnum", 36)], "read", "gitleaks npm-access-token", None, S_NPMRC, ""),
    ("rubygems_push_api_key", G_DEV, [L("rubygems_"), R("hex", 48)], "read", "gitleaks rubygems-api-token", None, S_GEMCRED, ""),
    ("gradle_plugin_portal_publish_secret", G_DEV, [R("alnum", 32)], "guessed", "", ("gradle publish key", [R("alnum", 32)]), S_GRADLE, ""),
    ("vercel_access_token", G_DEV, [R("alnum", 24)], "read", "Kingfisher vercel", None, S_ENVFILE, ""),
    ("heroku_platform_api_key_hrku", G_DEV, [L("HRKU-AA"), R("b64u", 58)], "read", "gitleaks heroku-api-key-v2", None, S_AVIEW, ""),
    ("digitalocean_personal_access_token", G_DEV, [L("dop_v1_"), R("hex", 64)], "read", "gitleaks digitalocean-pat", None, S_NOMADVAR, ""),
    ("hetzner_cloud_api_token", G_DEV, [R("alnum", 64)], "believed", "", None, S_AVIEW, ""),
    ("linode_personal_access_token", G_DEV, [R("hex", 64)], "believed", "", None, S_ENVFILE, ""),
    ("scaleway_iam_secret_key", G_DEV, [U], "read", "Kingfisher scaleway (UUID shape; v4 mine)", ("scaleway access key", [L("SCW"), R("ualnum", 17)]), S_CONSUL, ""),
    ("backblaze_b2_application_key", G_DEV, [L("K005"), R("alnum", 27)], "believed", "", ("b2 key id", [L("005"), R("hex", 22)]), S_AVIEW, ""),
    ("aws_iam_secret_access_key", G_DEV, [R("awsb64", 40)], "believed", "", ("aws access key id", [L("AKIA"), R("base32u", 16)]), S_ENVFILE, ""),
    ("azure_storage_account_key", G_DEV, ("F", "azure"), "read", "Kingfisher azurestorage (86-88 Base64; 64 bytes mine)", ("storage account name", [L("withystock"), R("lalnum", 6)]), S_AZ, ""),
    ("cloudflare_api_token", G_DEV, [R("b64u", 40)], "read", "gitleaks cloudflare-api-key", None, S_SSM, ""),
    ("cloudflare_tunnel_token", G_DEV, ("F", "cftunnel"), "believed", "", None, S_K8S, ""),
    ("cloudflare_origin_ca_key", G_DEV, [L("v1.0-"), R("hex", 24), L("-"), R("hex", 146)], "read", "gitleaks cloudflare-origin-ca-key", None, S_CONSUL, ""),
    ("mongodb_atlas_private_api_key", G_DEV, [U], "read", "Kingfisher mongodb (UUID shape; v4 mine)", ("atlas public key", [R("lower", 8)]), S_SSM, ""),
    ("algolia_admin_api_key", G_DEV, [R("hex", 32)], "read", "gitleaks algolia-api-key", ("algolia application id", [R("ualnum", 10)]), S_NETLIFY, ""),
    ("honeybadger_project_api_key", G_DEV, [L("hbp_"), R("alnum", 36)], "believed", "", None, S_HEROKU, ""),
    ("datadog_api_key", G_DEV, [R("hex", 32)], "believed", "", None, S_K8S, ""),
    ("new_relic_license_key", G_DEV, [R("hex", 36), L("NRAL")], "believed", "", None, S_K8S, ""),
    ("uptimerobot_main_api_key", G_DEV, [L("u"), R("digits", 7), L("-"), R("hex", 24)], "read", "Kingfisher uptimerobot (9 + - + 24; the u + digits believed)", None, S_JBHTTP, ""),
    ("pagerduty_rest_api_key", G_DEV, [L("u+"), R("b64u", 18)], "read", "Kingfisher pagerduty", None, S_ASM, ""),
    ("infisical_service_token", G_DEV, [L("st."), U, L("."), R("hex", 32), L("."), R("hex", 32)], "believed", "", None, S_GCLOUD, ""),
    ("onepassword_service_account_token", G_DEV, ("F", "onepassword"), "read", "gitleaks 1password-service-account-token (ops_eyJ + Base64; JSON keys believed)", None, S_NOMADVAR, ""),
    ("tailscale_api_access_token", G_DEV, [L("tskey-api-k"), R("alnum", 16), L("-"), R("alnum", 32)], "read", "Kingfisher tailscale (tskey-<kind>-...-...); segment lengths believed", None, S_AVIEW, ""),
    ("notion_internal_integration_secret", G_DEV, [L("ntn_"), R("digits", 11), R("alnum", 35)], "read", "gitleaks notion-api-token", None, S_HOPP, ""),
    ("airtable_personal_access_token", G_DEV, [L("pat"), R("alnum", 14), L("."), R("hex", 64)], "read", "gitleaks airtable-personnal-access-token", None, S_HOPP, ""),
    ("monday_api_v2_token", G_DEV, ("F", "monday"), "read", "Kingfisher monday (eyJ JWT frame); HS256 and claims believed", None, S_JBHTTP, ""),
    ("zoom_server_to_server_client_secret", G_DEV, [R("alnum", 32)], "believed", "", ("zoom client id", [R("b64u", 22)]), S_AZ, ""),
    ("box_platform_client_secret", G_DEV, [R("alnum", 32)], "believed", "", ("box client id", [R("lalnum", 32)]), S_SSM, ""),
    ("doppler_cli_token", G_DEV, [L("dp.ct."), R("alnum", 43)], "read", "Kingfisher doppler (dp.ct. + 40-44)", None, S_ENVFILE, ""),
    ("pulumi_access_token", G_DEV, [L("pul-"), R("hex", 40)], "read", "Kingfisher pulumi", None, S_GCLOUD, ""),
    ("prefect_cloud_api_key", G_DEV, [L("pnu_"), R("alnum", 36)], "read", "Kingfisher prefect", None, S_HOPP, ""),
    ("databricks_personal_access_token", G_DEV, [L("dapi"), R("hex", 32)], "read", "gitleaks databricks-api-token", None, S_JBHTTP, ""),
    ("posthog_personal_api_key", G_DEV, [L("phx_"), R("alnum", 43)], "read", "Kingfisher posthog", None, S_HOPP, ""),
    ("sentry_user_auth_token", G_DEV, [L("sntryu_"), R("hex", 64)], "read", "gitleaks sentry-user-token", None, S_HEROKU, ""),
    ("planetscale_service_token", G_DEV, [L("pscale_tkn_"), R("b64u", 43)], "read", "gitleaks planetscale-api-token (32-64; 43 mine)", None, S_NOMADVAR, ""),
    ("zerotier_central_api_token", G_DEV, [R("alnum", 32)], "read", "Kingfisher zerotier", None, S_AVIEW, ""),
    # workshop IoT
    ("home_assistant_long_lived_access_token", G_IOT, ("F", "hass"), "believed", "", None, S_ENVFILE, ""),
    ("the_things_stack_api_key", G_IOT, [L("NNSXS."), R("ualnum", 39), L("."), R("ualnum", 64)], "believed", "", None, S_HA, ""),
    ("ubidots_account_token", G_IOT, [L("BBFF-"), R("alnum", 30)], "read", "Kingfisher ubidots", None, S_HA, ""),
    ("switchbot_open_api_secret", G_IOT, [R("hex", 32)], "believed", "", None, S_HA, ""),
    ("netatmo_client_secret", G_IOT, [R("alnum", 30)], "guessed", "", ("netatmo client id", [R("hex", 24)]), S_HA, ""),
    ("philips_hue_bridge_application_key", G_IOT, [R("b64u", 40)], "believed", "", None, S_HOPP, ""),
    ("govee_developer_api_key", G_IOT, [U], "believed", "", None, S_HA, ""),
    ("thingsboard_device_access_token", G_IOT, [R("lalnum", 20)], "read", "Kingfisher thingsboard", None, S_Z2M, ""),
]
VENDOR_BY = {v[0]: v for v in VENDORS}

GROUP_TITLE = {
    G_TRADE: "Trade portals and devices of basket weavers, wicker-furniture makers and cane-chair restorers (owner-chosen logins)",
    G_SHOP: "Marketplaces, shops, payments, accounting, shipping, course bookings, address data and e-mail marketing",
    G_MSG: "Messaging, chat and notifications",
    G_AI: "AI and media services",
    G_DEV: "Developer, cloud, monitoring and ops services",
    G_IOT: "Workshop IoT, weather and sensor platforms",
}


def _email(rng, host):
    return "%s@%s" % (rng.choice(W.USERS[:14]), host)


def neighbour_value(ntype, nspec, rng, reg):
    label = ntype
    if nspec is not None:
        return reg.draw(lambda: gen_spec(nspec, rng))
    if "email" in label:
        host = rng.choice(["osierrush.example", "cranmorewicker.example", "seatwright.example", "withysupply.example"])
        return reg.draw(lambda: "%s.%s@%s" % (rng.choice(W.USERS[:14]), C.rstr(rng, C.DIGITS, 2), host))
    if "address" in label:
        return reg.draw(lambda: W.ip(rng, rng.randint(1, 9)))
    if label in ("shop login", "mqtt user", "bitbucket username"):
        return reg.draw(lambda: rng.choice(["osierrush", "cranmorewicker", "seatwright", "withycoop", "z2m", "slath"]) + "-" + C.rstr(rng, C.LOWER, 4))
    if label == "zulip bot email":
        return reg.draw(lambda: "stock-bot-%s@slath.zulipchat.example" % C.rstr(rng, C.LOWER_ALNUM, 5))
    raise ValueError(label)


def nkey(label, style):
    words = re.split(r"[\s-]+", label)
    return C.style_key(words, style if style in ("upper", "snake", "camel", "pascal", "kebab", "dot", "title", "spaced") else "snake")


# --------------------------------------------------------------- renderers
def render(style, tname, key, neigh, rng, url):
    """neigh: list of (label, value).  Returns text with the marker."""
    st = STYLES[style][0]
    nk = [(nkey(l, st), v) for l, v in neigh]
    if style == S_GCLOUD:
        pairs = ",".join(["REGION_HINT=europe-west2"] + ["%s=%s" % (a, b) for a, b in nk] + ["%s=%s" % (key, M)])
        return ("$ gcloud run deploy withy-portal --image europe-west2-docker.pkg.dev/slath-prod/apps/portal:2.3.1 --region europe-west2 \\\n    --set-env-vars %s\n"
                "Deploying container to Cloud Run service [withy-portal] in project [slath-prod] region [europe-west2]\nOK Deploying... Done.\n  OK Creating Revision...\n  OK Routing traffic...\nDone.\nService [withy-portal] revision [withy-portal-00042-tuv] has been deployed and is serving 100 percent of traffic.\n" % pairs)
    if style == S_AZ:
        items = [{"name": a, "slotSetting": False, "value": None} for a, b in nk] + [{"name": key, "slotSetting": False, "value": None}]
        args = " ".join("%s=%s" % (a, b) for a, b in nk + [(key, M)])
        return ("PS C:\\> az webapp config appsettings set --resource-group rg-cranmore --name cranmore-trade --settings %s\n"
                "App settings have been redacted. Use `az webapp/logicapp/functionapp config appsettings list` to view.\n%s\n" % (args, json.dumps(items, indent=2)))
    if style == S_HEROKU:
        args = " ".join("%s=\"$(cat ~/handover/%s.txt)\"" % (a, a.lower()) for a, b in nk + [(key, M)])
        echo = "\n".join("%s: %s" % (a, b) for a, b in nk + [(key, M)])
        return ("$ heroku config:set %s -a seatwright-tracker\nSetting %s and restarting seatwright-tracker... done, v%d\n%s\n" % (args, ", ".join([a for a, _ in nk] + [key]), rng.randint(40, 300), echo))
    if style == S_NOMADVAR:
        args = " ".join("%s=%s" % (a, b) for a, b in nk + [(key, M)])
        return ("$ nomad var put nomad/jobs/stock-sync %s\nCreated variable \"nomad/jobs/stock-sync\" with modify index %d\n\nNamespace   = default\nPath        = nomad/jobs/stock-sync\nCreate Time = 2024-06-07T09:12:44+01:00\n"
                % (args, rng.randint(1000, 9000)))
    if style == S_CONSUL:
        lines = "".join("$ consul kv put config/withy/%s %s\nSuccess! Data written to: config/withy/%s\n" % (a, b, a) for a, b in nk)
        return lines + "$ consul kv put config/withy/%s %s\nSuccess! Data written to: config/withy/%s\n" % (key, M, key)
    if style == S_SSM:
        out = ""
        for a, b in nk + [(key, M)]:
            out += ("$ aws ssm put-parameter --name /slath/prod/%s --type String --value %s --overwrite\n{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (a, b, rng.randint(1, 9)))
        return out
    if style == S_ASM:
        inner = {a: b for a, b in nk}
        inner[key] = "@@INNER@@"
        s = json.dumps(inner, separators=(",", ":")).replace("@@INNER@@", M)
        return json.dumps({"ARN": "arn:aws:secretsmanager:eu-west-2:%s:secret:prod/withy/integrations-%s" % (C.rstr(rng, C.DIGITS, 12), C.rstr(rng, C.ALNUM, 6)),
                           "Name": "prod/withy/integrations", "VersionId": C.uuid4(rng), "SecretString": "@@SS@@",
                           "VersionStages": ["AWSCURRENT"], "CreatedDate": "2024-06-02T11:40:12.118000+01:00"}, indent=4).replace("\"@@SS@@\"", json.dumps(s).replace("@@V@@", M))
    if style == S_NETLIFY:
        body = "".join("  %s = \"%s\"\n" % (a, b) for a, b in nk) + "  %s = \"%s\"\n" % (key, M)
        return ("[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n  NODE_VERSION = \"20\"\n%s" % body)
    if style == S_DOAPP:
        envs = "".join("  - key: %s\n    scope: RUN_TIME\n    value: '%s'\n" % (a, b) for a, b in nk) + "  - key: %s\n    scope: RUN_TIME\n    value: '%s'\n" % (key, M)
        return ("name: osier-shop\nregion: lon\nservices:\n- name: web\n  github:\n    repo: slath/osier-shop\n    branch: main\n  run_command: npm start\nenvs:\n%s" % envs)
    if style == S_K8S:
        envs = "".join("            - name: %s\n              value: '%s'\n" % (a, b) for a, b in nk) + "            - name: %s\n              value: '%s'\n" % (key, M)
        return ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: trade-sync\n  namespace: cranmore\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: trade-sync}\n  template:\n    metadata:\n      labels: {app: trade-sync}\n"
                "    spec:\n      containers:\n        - name: app\n          image: registry.slath.example/cranmore/trade-sync:4.0.2\n          env:\n            - name: LOG_LEVEL\n              value: info\n%s" % envs)
    if style == S_ENVFILE:
        body = "".join("%s=%s\n" % (a, b) for a, b in nk) + "%s=%s\n" % (key, M)
        return "# /etc/default/withy-integrations  (EnvironmentFile= of withy-integrations.service)\nTZ=Europe/London\n%s" % body
    if style == S_AVIEW:
        body = "".join("%s: '%s'\n" % (a, b) for a, b in nk) + "%s: '%s'\n" % (key, M)
        return "$ ansible-vault view group_vars/all/vault.yml\nVault password: \n---\nvault_deploy_user: deploy\n%s" % body
    if style == S_NPMRC:
        return "@slath:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % M
    if style == S_GEMCRED:
        return "---\n:rubygems_api_key: %s\n" % M
    if style == S_COMPOSER:
        if tname == "github_fine_grained_pat":
            obj = {"github-oauth": {"github.com": M}}
        elif tname == "gitlab_personal_access_token":
            obj = {"gitlab-token": {"gitlab.com": M}}
        else:
            obj = {"http-basic": {"bitbucket.org": {"username": neigh[0][1], "password": M}}}
        return json.dumps(obj, indent=4)
    if style == S_GRADLE:
        body = "".join("%s=%s\n" % (a, b) for a, b in nk) + "%s=%s\n" % (key, M)
        return "org.gradle.jvmargs=-Xmx2g\norg.gradle.caching=true\n%s" % body
    if style == S_JBHTTP:
        env = {"host": "https://api.withysupply.example"}
        env.update({a: b for a, b in nk})
        env[key] = M
        return json.dumps({"prod": env}, indent=2)
    if style == S_HOPP:
        variables = [{"key": "baseUrl", "value": "https://api.osierrush.example", "secret": False}] + \
                    [{"key": a, "value": b, "secret": False} for a, b in nk] + [{"key": key, "value": M, "secret": False}]
        return json.dumps({"v": 1, "id": "cm0%s" % C.rstr(rng, C.LOWER_ALNUM, 21), "name": "Osier prod", "variables": variables}, indent=2)
    if style == S_DASHLANE:
        title = key
        user = neigh[0][1] if neigh else ""
        return ("username,username2,username3,title,password,note,url,category,otpSecret\n"
                "%s,,,%s,%s,shared login - ask Maud before changing,%s,Business,\n" % (user, title, M, url))
    if style == S_KEEPER:
        rec = {"title": key, "login": neigh[0][1] if neigh else "", "password": M, "login_url": url,
               "notes": "trade login", "folders": [{"folder": "Suppliers"}]}
        return json.dumps({"records": [rec]}, indent=2)
    if style == S_ICLOUD:
        return "Title,URL,Username,Password,Notes,OTPAuth\n%s,%s,%s,%s,,\n" % (key, url, neigh[0][1] if neigh else "", M)
    if style == S_MESSENGER:
        who = rng.choice(W.FIRST[:7])
        msgs = [{"sender_name": who, "timestamp_ms": 1717600000000 + rng.randint(0, 999999), "content": "%s is %s" % (key, M), "is_geoblocked_for_viewer": False},
                {"sender_name": who, "timestamp_ms": 1717599000000 + rng.randint(0, 999999), "content": "for the %s login use %s" % (neigh[0][0], neigh[0][1]) if neigh else "one sec", "is_geoblocked_for_viewer": False}]
        return json.dumps({"participants": [{"name": who}, {"name": "Maud Ashcombe"}], "messages": msgs, "title": "Makers group", "thread_path": "inbox/makersgroup_1092837465"}, indent=2)
    if style == S_IMESSAGE:
        who = rng.choice(W.FIRST[7:])
        return ("Jun 06, 2024  8:14:02 AM\n%s\n%s %s\n\nJun 06, 2024  8:14:40 AM\n%s\nand the %s is %s\n\nJun 06, 2024  8:15:03 AM\nMe\nthanks, in the van now\n"
                % (who, neigh[0][0], neigh[0][1], who, key, M))
    if style == S_GCHAT:
        who = rng.choice(W.PEOPLE)
        msgs = [{"creator": {"name": who, "email": "%s@slath.example" % who.split()[0].lower(), "user_type": "Human"},
                 "created_date": "Thursday, 6 June 2024 at 10:02:11 UTC", "text": "%s: %s" % (neigh[0][0], neigh[0][1]) if neigh else "morning"},
                {"creator": {"name": who, "email": "%s@slath.example" % who.split()[0].lower(), "user_type": "Human"},
                 "created_date": "Thursday, 6 June 2024 at 10:02:40 UTC", "text": "%s: %s" % (key, M)}]
        return json.dumps({"messages": msgs}, indent=2)
    if style == S_Z2M:
        return ("homeassistant: true\npermit_join: false\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://10.83.2.30\n  user: %s\n  password: '%s'\nserial:\n  port: /dev/ttyUSB0\nfrontend:\n  port: 8080\n" % (neigh[0][1], M)
                if tname == "workshop_mosquitto_broker_password" else
                "homeassistant: true\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://10.83.2.30\nserial:\n  port: /dev/ttyUSB0\nexternal_converters:\n  - thingsboard_bridge.js\nthingsboard_bridge:\n  host: tb.slath.example\n  %s: '%s'\n" % (key, M))
    if style == S_HA:
        extra = "".join("    %s: '%s'\n" % (a, b) for a, b in nk)
        return ("homeassistant:\n  name: Osier workshop\n  unit_system: metric\n  time_zone: Europe/London\n\n%s:\n%s    %s: '%s'\n    scan_interval: 600\n" % (tname.split("_")[0] + "_workshop", extra, key, M))
    raise ValueError(style)


def build(reg, seed=26302):
    rng = random.Random(seed)
    out = []
    for name, group, spec, source, note, neigh, style, url in VENDORS:
        st = STYLES[style][0]
        forbid = STYLES[style][2]
        v = reg.draw(lambda: gen_spec(spec, rng), forbid=forbid)
        ns = []
        if neigh:
            ns.append((neigh[0], neighbour_value(neigh[0], neigh[1], rng, reg)))
        key = C.style_key(name.split("_"), st) if st not in ("native",) else name
        if st == "title":
            key = C.style_key([w for w in name.split("_") if w != "password"], "title")
        text, s, e = C.place(render(style, name, key, ns, rng, url), v)
        out.append(dict(type=name, container="%s__%s" % (name, style), text=text, value=v, start=s, end=e, source="vendor",
                        neighbours=[n for _, n in ns], style=style))
    return out
