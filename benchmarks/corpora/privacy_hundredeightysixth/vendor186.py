"""Vendor source: vendor credential types used by range / firearms-retail developers."""
import json
import random

from common186 import (MARK, JMARK, B62, HEXL, HEXU, LALNUM, UALNUM, ALNUM, B64URL, B64STD, DIG, LOWER, B32,
                       rs, rbytes, owner_password, b64url_nopad, b64std, jwt, uuid4, crc_b62_token,
                       style_key, fill, record)

SEED = 18602

H = lambda n: (lambda r: rs(r, HEXL, n))
HU = lambda n: (lambda r: rs(r, HEXU, n))
A = lambda n: (lambda r: rs(r, ALNUM, n))
LA = lambda n: (lambda r: rs(r, LALNUM, n))
UA = lambda n: (lambda r: rs(r, UALNUM, n))
U64 = lambda n: (lambda r: rs(r, B64URL, n))
PW = lambda r: owner_password(r)
UUID = lambda r: uuid4(r)
D = lambda n: (lambda r: str(r.randint(1, 9)) + rs(r, DIG, n - 1))


def _stax_jwt(r):
    return jwt(r, {"typ": "JWT", "alg": "HS256"},
               {"iss": "https://apiprod.fattlabs.com/team/apikey", "sub": uuid4(r), "merchant": uuid4(r),
                "iat": 1716000000 + r.randint(0, 9000000), "godUser": False}, 32)


def _discord_bot(r):
    ident = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return b64url_nopad(ident.encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def _intercom(r):
    return b64std(("tok:" + uuid4(r) + ":1:0").encode()).rstrip("=") + "="


def _slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UALNUM, 10), rs(r, UALNUM, 10), rs(r, ALNUM, 24))


def _teams_wf(r):
    return ("https://prod-%02d.westus.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01"
            "&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (r.randint(1, 99), rs(r, HEXL, 32), rs(r, B64URL, 43)))


def _age(r):
    bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l".upper()
    return "AGE-SECRET-KEY-1" + rs(r, bech, 58)


def _gh_fg(r):
    return "github_pat_11" + rs(r, UALNUM, 20) + "_" + rs(r, ALNUM, 59)


# (type, key words, generator, neighbour (key words, generator, what) or None, basis, shape description)
V = [
    # --- compliance / background checks / bound books
    ("atf_eforms_portal_password", ["atf", "eforms", "password"], PW, (["atf", "eforms", "user"], lambda r: "compliance%d@%s.example" % (r.randint(1, 9), r.choice(["northfieldrange", "oakbarrel"])), "login e-mail"), "password", "owner-chosen"),
    ("fbi_nics_echeck_password", ["nics", "echeck", "password"], PW, (["nics", "echeck", "user"], lambda r: "FFL%s" % rs(r, DIG, 5), "user id"), "password", "owner-chosen"),
    ("fastbound_account_api_key", ["fastbound", "api", "key"], A(43), (["fastbound", "account", "number"], D(5), "account number"), "guessed", "43 alphanumerics"),
    ("orchid_ebound_client_secret", ["orchid", "ebound", "client", "secret"], A(48), (["orchid", "ebound", "client", "id"], UUID, "client id"), "guessed", "48 alphanumerics"),
    ("gearfire_pos_api_token", ["gearfire", "api", "token"], H(32), None, "guessed", "32 lower-case hex"),
    ("celerant_command_api_key", ["celerant", "api", "key"], UUID, None, "guessed", "UUIDv4"),
    ("veratad_age_check_password", ["veratad", "password"], PW, (["veratad", "user"], lambda r: "rangeshop_api%d" % r.randint(1, 9), "API user"), "password", "owner-chosen"),
    ("agechecker_net_api_secret", ["agechecker", "secret"], A(32), (["agechecker", "api", "key"], A(32), "API key (same shape, identifier)"), "guessed", "32 alphanumerics"),
    ("persona_age_verification_api_key", ["persona", "api", "key"], lambda r: "persona_production_" + uuid4(r), None, "guessed", "`persona_production_` + UUIDv4"),
    ("idscan_net_license_key", ["idscan", "license", "key"], lambda r: "-".join(rs(r, UALNUM, 5) for _ in range(5)), None, "guessed", "five groups of 5 upper-case alphanumerics"),
    # --- distributors / marketplaces
    ("rsr_group_dealer_ftp_password", ["rsr", "ftp", "password"], PW, (["rsr", "ftp", "user"], D(5), "dealer account number"), "password", "owner-chosen"),
    ("sports_south_webservice_password", ["sports", "south", "password"], PW, (["sports", "south", "customer", "number"], D(6), "customer number"), "password", "owner-chosen"),
    ("zanders_itemlist_ftp_password", ["zanders", "ftp", "password"], PW, (["zanders", "ftp", "user"], lambda r: "dealer%s" % rs(r, DIG, 5), "FTP user"), "password", "owner-chosen"),
    ("lipseys_dealer_api_token", ["lipseys", "api", "token"], H(64), None, "guessed", "64 lower-case hex"),
    ("davidsons_dealer_api_key", ["davidsons", "api", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("chattanooga_shooting_api_token", ["chattanooga", "api", "token"], HU(32), (["chattanooga", "api", "sid"], HU(32), "SID (same shape, identifier)"), "guessed", "32 upper-case hex"),
    ("gunbroker_developer_key", ["gunbroker", "dev", "key"], UUID, (["gunbroker", "username"], lambda r: "range_store_%d" % r.randint(10, 99), "seller name"), "guessed", "UUIDv4"),
    ("gunbroker_seller_account_password", ["gunbroker", "password"], PW, (["gunbroker", "username"], lambda r: "oakbarrel_%d" % r.randint(10, 99), "seller name"), "password", "owner-chosen"),
    ("gunsamerica_seller_api_key", ["gunsamerica", "api", "key"], LA(32), None, "guessed", "32 lower-case alphanumerics"),
    # --- waivers / booking / membership
    ("smartwaiver_api_v4_key", ["smartwaiver", "api", "key"], H(32), None, "guessed", "32 lower-case hex"),
    ("smartwaiver_webhook_private_key", ["smartwaiver", "webhook", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("waiverforever_api_key", ["waiverforever", "api", "key"], LA(40), None, "guessed", "40 lower-case alphanumerics"),
    ("waiversign_api_token", ["waiversign", "token"], A(32), None, "guessed", "32 alphanumerics"),
    ("bookeo_secret_key", ["bookeo", "secret", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("checkfront_api_secret", ["checkfront", "api", "secret"], H(64), (["checkfront", "api", "key"], H(40), "API key (identifier)"), "guessed", "64 lower-case hex"),
    ("fareharbor_user_api_key", ["fareharbor", "user", "key"], UUID, None, "guessed", "UUIDv4"),
    ("xola_seller_api_key", ["xola", "api", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("rezdy_supplier_api_key", ["rezdy", "api", "key"], H(32), None, "guessed", "32 lower-case hex"),
    ("peek_pro_partner_api_secret", ["peek", "api", "secret"], A(40), None, "guessed", "40 alphanumerics"),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], H(32), (["acuity", "user", "id"], D(8), "user id"), "believed", "32 lower-case hex"),
    ("simplybook_api_secret_key", ["simplybook", "secret", "key"], H(64), None, "guessed", "64 lower-case hex"),
    ("mindbody_api_v6_key", ["mindbody", "api", "key"], H(32), (["mindbody", "site", "id"], D(6), "site id"), "believed", "32 lower-case hex"),
    ("wild_apricot_api_key", ["wildapricot", "api", "key"], LA(30), None, "believed", "30 lower-case alphanumerics"),
    ("glofox_branch_api_secret", ["glofox", "api", "secret"], A(64), None, "guessed", "64 alphanumerics"),
    # --- competition, scoring, e-targets
    ("practiscore_match_sync_password", ["practiscore", "password"], PW, (["practiscore", "email"], lambda r: "md%d@ridgeline-ipsc.example" % r.randint(1, 9), "match director e-mail"), "password", "owner-chosen"),
    ("uspsa_member_portal_password", ["uspsa", "password"], PW, (["uspsa", "member"], lambda r: "A%s" % rs(r, DIG, 5), "member number"), "password", "owner-chosen"),
    ("ianseo_results_upload_password", ["ianseo", "upload", "password"], PW, (["ianseo", "tournament", "code"], lambda r: "%d-%s" % (r.randint(20, 25), rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3)), "tournament code"), "password", "owner-chosen"),
    ("world_archery_extranet_api_token", ["worldarchery", "api", "token"], H(40), None, "guessed", "40 lower-case hex"),
    ("sius_siusdata_connector_key", ["siusdata", "connector", "key"], UA(24), None, "guessed", "24 upper-case alphanumerics"),
    ("meyton_shootmaster_api_token", ["meyton", "api", "token"], H(32), None, "guessed", "32 lower-case hex"),
    ("disag_reddot_cloud_api_key", ["reddot", "cloud", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("kongsberg_livecenter_client_secret", ["kongsberg", "client", "secret"], U64(48), None, "guessed", "48 base64url"),
    ("megalink_scoring_sync_password", ["megalink", "sync", "password"], PW, (["megalink", "sync", "user"], lambda r: "club%d" % r.randint(100, 999), "sync user"), "password", "owner-chosen"),
    ("shotmarker_relay_admin_password", ["shotmarker", "admin", "password"], PW, None, "password", "owner-chosen"),
    # --- training / certification
    ("nra_instructor_portal_password", ["nra", "instructor", "password"], PW, (["nra", "instructor", "id"], D(9), "instructor id"), "password", "owner-chosen"),
    ("accredible_api_key", ["accredible", "api", "key"], H(32), None, "guessed", "32 lower-case hex"),
    ("credly_organization_auth_token", ["credly", "auth", "token"], U64(43), (["credly", "organization", "id"], UUID, "organization id"), "guessed", "43 base64url"),
    ("moodle_webservice_token", ["moodle", "ws", "token"], H(32), None, "believed", "32 lower-case hex"),
    ("talentlms_api_key", ["talentlms", "api", "key"], A(30), None, "believed", "30 alphanumerics"),
    ("thinkific_admin_api_key", ["thinkific", "api", "key"], H(32), (["thinkific", "subdomain"], lambda r: r.choice(["northfield-range-academy", "oakbarrel-training"]), "subdomain"), "believed", "32 lower-case hex"),
    ("teachable_school_api_key", ["teachable", "api", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("docebo_oauth_client_secret", ["docebo", "client", "secret"], H(40), (["docebo", "client", "id"], lambda r: "range-lms-%d" % r.randint(1, 9), "client id"), "guessed", "40 lower-case hex"),
    # --- gunsmith work orders / field service
    ("repairshopr_api_key", ["repairshopr", "api", "key"], lambda r: "T" + rs(r, HEXL, 16) + "-" + rs(r, HEXL, 32), None, "guessed", "`T` + 16 hex + `-` + 32 hex"),
    ("servicem8_api_key", ["servicem8", "api", "key"], lambda r: "smk-" + rs(r, HEXL, 6) + "-" + rs(r, HEXL, 16) + "-" + rs(r, HEXL, 16), None, "guessed", "`smk-` + hex groups"),
    ("jobber_app_client_secret", ["jobber", "client", "secret"], H(64), (["jobber", "client", "id"], UUID, "client id"), "guessed", "64 lower-case hex"),
    # --- security / access control / RFID
    ("verkada_org_api_key", ["verkada", "api", "key"], A(40), None, "guessed", "40 alphanumerics"),
    ("eagle_eye_networks_api_key", ["een", "api", "key"], H(32), None, "guessed", "32 lower-case hex"),
    ("axis_camera_root_password", ["axis", "camera", "password"], PW, (["axis", "camera", "user"], lambda r: "root", "user"), "password", "owner-chosen"),
    ("hikvision_nvr_admin_password", ["hikvision", "nvr", "password"], PW, (["hikvision", "nvr", "user"], lambda r: "admin", "user"), "password", "owner-chosen"),
    ("milestone_xprotect_basic_user_password", ["xprotect", "basic", "password"], PW, (["xprotect", "basic", "user"], lambda r: "svc-range-bridge", "basic user"), "password", "owner-chosen"),
    ("brivo_onair_client_secret", ["brivo", "client", "secret"], A(32), (["brivo", "client", "id"], UUID, "client id"), "guessed", "32 alphanumerics"),
    ("kisi_access_api_key", ["kisi", "api", "key"], H(32), None, "guessed", "32 lower-case hex"),
    ("salto_ks_client_secret", ["salto", "ks", "client", "secret"], U64(43), None, "guessed", "43 base64url"),
    ("prodatakey_cloud_client_secret", ["pdk", "client", "secret"], A(40), None, "guessed", "40 alphanumerics"),
    ("zebra_savanna_api_key", ["zebra", "savanna", "api", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("impinj_itemsense_admin_password", ["itemsense", "admin", "password"], PW, (["itemsense", "admin", "user"], lambda r: "admin", "user"), "password", "owner-chosen"),
    # --- commerce / payments / shipping / accounting
    ("shopify_admin_api_access_token", ["shopify", "admin", "token"], lambda r: "shpat_" + rs(r, HEXL, 32), None, "read", "`shpat_` + 32 hex"),
    ("shopify_app_shared_secret", ["shopify", "shared", "secret"], lambda r: "shpss_" + rs(r, HEXL, 32), None, "read", "`shpss_` + 32 hex"),
    ("bigcommerce_store_api_token", ["bigcommerce", "access", "token"], LA(31), (["bigcommerce", "store", "hash"], LA(10), "store hash"), "guessed", "31 lower-case alphanumerics"),
    ("woocommerce_rest_consumer_secret", ["woocommerce", "consumer", "secret"], lambda r: "cs_" + rs(r, HEXL, 40), None, "believed", "`cs_` + 40 lower-case hex"),
    ("lightspeed_retail_client_secret", ["lightspeed", "client", "secret"], A(40), None, "guessed", "40 alphanumerics"),
    ("authorize_net_signature_key", ["authnet", "signature", "key"], HU(128), (["authnet", "login", "id"], A(10), "API login id"), "believed", "128 upper-case hex"),
    ("nmi_gateway_security_key", ["nmi", "security", "key"], A(32), None, "believed", "32 alphanumerics"),
    ("usaepay_source_key", ["usaepay", "source", "key"], A(32), None, "guessed", "32 alphanumerics"),
    ("heartland_portico_secret_api_key", ["heartland", "secret", "api", "key"], lambda r: "skapi_prod_" + rs(r, B64URL, 40), None, "believed", "`skapi_prod_` + 40 base64url"),
    ("clover_ecommerce_private_token", ["clover", "private", "token"], UUID, None, "guessed", "UUIDv4"),
    ("fiserv_payeezy_api_secret", ["payeezy", "api", "secret"], H(64), (["payeezy", "api", "key"], A(32), "API key (identifier)"), "guessed", "64 lower-case hex"),
    ("stax_payments_api_key", ["stax", "api", "key"], _stax_jwt, None, "guessed", "HS256 JWT (real base64url JSON)"),
    ("square_webhook_signature_key", ["square", "webhook", "signature", "key"], U64(22), None, "believed", "22 base64url"),
    ("square_oauth_application_secret", ["square", "application", "secret"], lambda r: "sq0csp-" + rs(r, B64URL, 43), (["square", "application", "id"], lambda r: "sq0idp-" + rs(r, B64URL, 22), "application id"), "believed", "`sq0csp-` + 43 base64url"),
    ("shipstation_api_secret", ["shipstation", "api", "secret"], H(32), (["shipstation", "api", "key"], H(32), "API key (same shape, identifier)"), "believed", "32 lower-case hex"),
    ("shippo_live_api_token", ["shippo", "api", "token"], lambda r: "shippo_live_" + rs(r, HEXL, 40), None, "read", "`shippo_live_` + 40 hex"),
    ("easypost_production_api_key", ["easypost", "api", "key"], lambda r: "EZAK" + rs(r, LALNUM, 54), None, "read", "`EZAK` + 54 alphanumerics"),
    ("ups_developer_client_secret", ["ups", "client", "secret"], A(64), (["ups", "client", "id"], A(48), "client id"), "guessed", "64 alphanumerics"),
    ("quickbooks_online_refresh_token", ["qbo", "refresh", "token"], lambda r: "AB11" + rs(r, ALNUM, 46), None, "guessed", "`AB11` + 46 alphanumerics"),
    ("xero_app_client_secret", ["xero", "client", "secret"], U64(48), (["xero", "client", "id"], HU(32), "client id"), "guessed", "48 base64url"),
    # --- messaging
    ("klaviyo_private_api_key", ["klaviyo", "private", "key"], lambda r: "pk_" + rs(r, HEXL, 34), None, "believed", "`pk_` + 34 hex"),
    ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], lambda r: rs(r, HEXL, 32) + "-us%d" % r.randint(10, 21), None, "read", "32 hex + `-us` + 2 digits"),
    ("brevo_transactional_api_key", ["brevo", "api", "key"], lambda r: "xkeysib-" + rs(r, HEXL, 64) + "-" + rs(r, ALNUM, 16), None, "read", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics"),
    ("mailgun_private_api_key", ["mailgun", "api", "key"], lambda r: "key-" + rs(r, HEXL, 32), None, "read", "`key-` + 32 hex"),
    ("textmagic_api_v2_key", ["textmagic", "api", "key"], A(30), (["textmagic", "username"], lambda r: "rangedesk%d" % r.randint(1, 9), "username"), "guessed", "30 alphanumerics"),
    ("simpletexting_api_token", ["simpletexting", "token"], H(32), None, "guessed", "32 lower-case hex"),
    ("twilio_account_auth_token", ["twilio", "auth", "token"], H(32), (["twilio", "account", "sid"], lambda r: "AC" + rs(r, HEXL, 32), "account SID"), "believed", "32 lower-case hex"),
    ("slack_bot_user_oauth_token", ["slack", "bot", "token"], lambda r: "xoxb-%s-%s-%s" % (D(13)(r), D(13)(r), rs(r, ALNUM, 24)), None, "read", "`xoxb-` + 13 digits + `-` + 13 digits + `-` + 24 alphanumerics"),
    ("slack_incoming_webhook_url", ["slack", "webhook", "url"], _slack_hook, None, "read", "whole `hooks.slack.com/services/T…/B…/…` URL"),
    ("discord_range_bot_token", ["discord", "bot", "token"], _discord_bot, None, "believed", "base64url of the 18-digit bot id + `.` + 6 + `.` + 38 base64url"),
    ("telegram_lane_status_bot_token", ["telegram", "bot", "token"], lambda r: "%s:AA%s" % (D(10)(r), rs(r, B64URL, 33)), None, "read", "bot id + `:AA` + 33 base64url"),
    ("pushover_application_token", ["pushover", "app", "token"], lambda r: "a" + rs(r, LALNUM, 29), (["pushover", "user", "key"], lambda r: "u" + rs(r, LALNUM, 29), "user key (identifier)"), "believed", "`a` + 29 lower-case alphanumerics"),
    ("teams_workflow_trigger_url", ["teams", "workflow", "url"], _teams_wf, None, "believed", "whole Power Automate workflow trigger URL with `sig=`"),
    # --- AI
    ("openai_project_api_key", ["openai", "api", "key"], lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), None, "read", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url"),
    ("anthropic_range_assistant_api_key", ["anthropic", "api", "key"], lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", None, "read", "`sk-ant-api03-` + 93 base64url + `AA`"),
    ("groq_cloud_api_key", ["groq", "api", "key"], lambda r: "gsk_" + rs(r, ALNUM, 52), None, "believed", "`gsk_` + 52 alphanumerics"),
    ("perplexity_sonar_api_key", ["perplexity", "api", "key"], lambda r: "pplx-" + rs(r, ALNUM, 48), None, "read", "`pplx-` + 48 alphanumerics"),
    ("google_gemini_api_key", ["gemini", "api", "key"], lambda r: "AIza" + rs(r, B64URL, 35), None, "read", "`AIza` + 35 base64url (server-side key)"),
    ("replicate_api_token", ["replicate", "api", "token"], lambda r: "r8_" + rs(r, ALNUM, 37), None, "believed", "`r8_` + 37 alphanumerics"),
    # --- developer services
    ("github_fine_grained_pat", ["github", "token"], _gh_fg, None, "read", "`github_pat_11` + 20 + `_` + 59 (82 after the prefix)"),
    ("gitlab_personal_access_token", ["gitlab", "token"], lambda r: "glpat-" + rs(r, B64URL, 20), None, "read", "`glpat-` + 20 base64url"),
    ("bitbucket_app_password", ["bitbucket", "app", "password"], lambda r: "ATBB" + rs(r, ALNUM, 32), (["bitbucket", "username"], lambda r: "range-ci-bot", "username"), "believed", "`ATBB` + 32 alphanumerics (generated app password)"),
    ("atlassian_cloud_api_token", ["atlassian", "api", "token"], lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 170) + "=" + rs(r, HEXU, 8), (["atlassian", "email"], lambda r: "devops@%s.example" % r.choice(["northfieldrange", "oakbarrel"]), "account e-mail"), "believed", "`ATATT3xFfGF0` + 170 base64url + `=` + 8 upper-case hex"),
    ("linear_personal_api_key", ["linear", "api", "key"], lambda r: "lin_api_" + rs(r, ALNUM, 40), None, "read", "`lin_api_` + 40 alphanumerics"),
    ("postman_api_key", ["postman", "api", "key"], lambda r: "PMAK-" + rs(r, HEXL, 24) + "-" + rs(r, HEXL, 34), None, "read", "`PMAK-` + 24 hex + `-` + 34 hex"),
    ("digitalocean_personal_access_token", ["digitalocean", "token"], lambda r: "dop_v1_" + rs(r, HEXL, 64), None, "read", "`dop_v1_` + 64 hex"),
    ("pulumi_access_token", ["pulumi", "access", "token"], lambda r: "pul-" + rs(r, HEXL, 40), None, "read", "`pul-` + 40 hex"),
    ("sonarcloud_user_token", ["sonar", "token"], lambda r: "squ_" + rs(r, HEXL, 40), None, "read", "`squ_` + 40 hex"),
    ("buildkite_api_access_token", ["buildkite", "api", "token"], lambda r: "bkua_" + rs(r, HEXL, 40), None, "believed", "`bkua_` + 40 hex"),
    ("heroku_platform_api_key_v2", ["heroku", "api", "key"], lambda r: "HRKU-AA" + rs(r, B64URL, 58), None, "read", "`HRKU-AA` + 58 base64url"),
    ("render_com_api_key", ["render", "api", "key"], lambda r: "rnd_" + rs(r, ALNUM, 32), None, "believed", "`rnd_` + 32 alphanumerics"),
    ("notion_internal_integration_secret", ["notion", "secret"], lambda r: "ntn_" + rs(r, DIG, 11) + rs(r, ALNUM, 35), None, "read", "`ntn_` + 11 digits + 35 alphanumerics"),
    ("airtable_personal_access_token", ["airtable", "token"], lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEXL, 64), None, "read", "`pat` + 14 + `.` + 64 hex"),
    ("typeform_personal_access_token", ["typeform", "token"], lambda r: "tfp_" + rs(r, ALNUM, 44) + "_" + rs(r, ALNUM, 14), None, "read", "`tfp_` + 59"),
    ("zendesk_support_api_token", ["zendesk", "api", "token"], A(40), (["zendesk", "email"], lambda r: "frontdesk@%s.example" % r.choice(["northfieldrange", "oakbarrel"]), "agent e-mail"), "read", "40 alphanumerics"),
    ("freshdesk_agent_api_key", ["freshdesk", "api", "key"], A(20), None, "believed", "20 alphanumerics"),
    ("hubspot_private_app_token", ["hubspot", "access", "token"], lambda r: "pat-na1-" + uuid4(r), None, "believed", "`pat-na1-` + UUIDv4"),
    ("intercom_workspace_access_token", ["intercom", "access", "token"], _intercom, None, "believed", "Base64 of `tok:<UUIDv4>:1:0` (starts `dG9rO`)"),
    # --- ops / observability / cloud
    ("datadog_application_key", ["dd", "app", "key"], H(40), None, "read", "40 lower-case hex"),
    ("rollbar_post_server_item_token", ["rollbar", "access", "token"], H(32), None, "believed", "32 lower-case hex"),
    ("posthog_personal_api_key", ["posthog", "personal", "api", "key"], lambda r: "phx_" + rs(r, ALNUM, 43), None, "believed", "`phx_` + 43 alphanumerics"),
    ("sentry_user_auth_token", ["sentry", "auth", "token"], lambda r: "sntryu_" + rs(r, HEXL, 64), None, "read", "`sntryu_` + 64 hex"),
    ("dynatrace_api_token", ["dynatrace", "api", "token"], lambda r: "dt0c01." + rs(r, UALNUM, 24) + "." + rs(r, UALNUM, 64), None, "read", "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics"),
    ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], lambda r: "u" + rs(r, DIG, 7) + "-" + rs(r, HEXL, 24), None, "believed", "`u` + 7 digits + `-` + 24 hex"),
    ("cloudflare_zone_dns_api_token", ["cloudflare", "api", "token"], U64(40), None, "read", "40 base64url"),
    ("aws_range_backup_iam_secret_access_key", ["aws", "secret", "access", "key"], lambda r: rs(r, B64STD, 40), (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "access key id"), "believed", "40 Base64-alphabet characters"),
    ("backblaze_b2_application_key", ["b2", "application", "key"], lambda r: "K005" + rs(r, B64STD.replace("+", "").replace("/", ""), 27), (["b2", "key", "id"], lambda r: "005" + rs(r, HEXL, 22), "key id"), "believed", "`K005` + 27 alphanumerics"),
    ("azure_storage_account_key", ["azure", "storage", "key"], lambda r: b64std(rbytes(r, 64)), (["azure", "storage", "account"], lambda r: "rangearchive%02d" % r.randint(1, 99), "account name"), "believed", "Base64 of 64 random bytes (88 characters)"),
    ("sops_age_identity_secret_key", ["sops", "age", "key"], _age, None, "read", "`AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters"),
    ("maxmind_geoip_license_key", ["maxmind", "license", "key"], lambda r: rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 29) + "_mmk", (["maxmind", "account", "id"], D(6), "account id"), "read", "6 + `_` + 29 alphanumerics + `_mmk`"),
    ("cloudflare_turnstile_secret_key", ["turnstile", "secret", "key"], lambda r: "0x4AAAAAAA" + rs(r, B64URL, 25), (["turnstile", "site", "key"], lambda r: "0x4AAAAAAA" + rs(r, B64URL, 12), "site key (public)"), "guessed", "`0x4AAAAAAA` + 25 base64url"),
    ("twingate_connector_refresh_token", ["twingate", "refresh", "token"], lambda r: rs(r, B64URL, 80), None, "guessed", "80 base64url"),
]

STYLES = ["range_app_dotenv_production", "pos_heroku_config_set_history", "armoury_docker_secret_create_history",
          "booking_node_config_module", "compliance_csharp_const_class", "rso_teams_channel_paste",
          "range_linear_issue_comment", "firearms_vendor_welcome_email", "range_bitwarden_json_export",
          "range_aws_ssm_put_parameter_history", "training_java_properties_file", "range_ansible_vars_plaintext_yml"]


def _vendor_label(t):
    return t.split("_")[0].capitalize()


def render(style, kw, nb, r, vtype):
    """Return a template with the slot marker for the secret; neighbour written next to it, unlabelled."""
    if style == "range_app_dotenv_production":
        lines = ["# .env.production (range web app)", "APP_ENV=production", "SESSION_DRIVER=redis"]
        if nb:
            lines.append("%s=%s" % (style_key(nb[0], "upper"), nb[1]))
        lines.append("%s=%s" % (style_key(kw, "upper"), MARK))
        lines.append("LOG_CHANNEL=stack")
        return "\n".join(lines) + "\n"
    if style == "pos_heroku_config_set_history":
        app = r.choice(["range-pos-prod", "oakbarrel-shop", "lanes-api"])
        s = " %d  heroku login\n" % r.randint(100, 900)
        if nb:
            s += " %d  heroku config:set %s=%s -a %s\n" % (r.randint(100, 900), style_key(nb[0], "upper"), nb[1], app)
        s += " %d  heroku config:set %s='%s' -a %s\n %d  heroku ps:restart -a %s\n" % (
            r.randint(100, 900), style_key(kw, "upper"), MARK, app, r.randint(100, 900), app)
        return s
    if style == "armoury_docker_secret_create_history":
        s = "$ docker swarm init --advertise-addr 10.40.%d.%d\n" % (r.randint(0, 9), r.randint(2, 250))
        if nb:
            s += "$ docker config create %s - <<< '%s'\n" % (style_key(nb[0], "snake"), nb[1])
        s += "$ printf '%%s' '%s' | docker secret create %s -\n$ docker secret ls\n" % (MARK, style_key(kw, "snake"))
        return s
    if style == "booking_node_config_module":
        s = "// config/production.js\nmodule.exports = {\n  port: 8080,\n"
        if nb:
            s += "  %s: '%s',\n" % (style_key(nb[0], "camel"), nb[1])
        s += "  %s: '%s',\n  cacheTtlSeconds: 300,\n};\n" % (style_key(kw, "camel"), MARK)
        return s
    if style == "compliance_csharp_const_class":
        s = "namespace Range.Compliance.Integrations\n{\n    internal static class VendorSettings\n    {\n"
        if nb:
            s += "        public const string %s = \"%s\";\n" % (style_key(nb[0], "pascal"), nb[1])
        s += "        public const string %s = \"%s\";\n    }\n}\n" % (style_key(kw, "pascal"), MARK)
        return s
    if style == "rso_teams_channel_paste":
        who = r.choice(["Dana Kowalski", "Luis Ortega", "Mei Chen", "Tom Hadley"])
        s = "%s  %d:%02d PM\nok here's what the vendor sent for the integration, paste it into the config tonight:\n" % (who, r.randint(1, 9), r.randint(0, 59))
        if nb:
            s += "%s: %s\n" % (style_key(nb[0], "spaced"), nb[1])
        s += "%s: %s\n(delete this message after)\n" % (style_key(kw, "spaced"), MARK)
        return s
    if style == "range_linear_issue_comment":
        s = "**RNG-%d** Wire up %s for the spring league\n\n> Comment by %s\nTested against prod, works. Values I used:\n```\n" % (
            r.randint(100, 999), _vendor_label(vtype), r.choice(["@kmbeki", "@rolsen", "@dkowalski"]))
        if nb:
            s += "%s=%s\n" % (style_key(nb[0], "upper"), nb[1])
        s += "%s=%s\n```\n" % (style_key(kw, "upper"), MARK)
        return s
    if style == "firearms_vendor_welcome_email":
        s = "Subject: Your integration credentials\n\nHello %s team,\n\nwelcome aboard. Your production credentials are below; keep them safe.\n\n" % r.choice(["Northfield Range", "Oak Barrel Outfitters", "Ridgeline Gun Club"])
        if nb:
            s += "  %s: %s\n" % (style_key(nb[0], "title"), nb[1])
        s += "  %s: %s\n\nRegards,\nPartner Onboarding\n" % (style_key(kw, "title"), MARK)
        return s
    if style == "range_bitwarden_json_export":
        fields = []
        if nb:
            fields.append({"name": style_key(nb[0], "snake"), "value": nb[1], "type": 0})
        fields.append({"name": style_key(kw, "snake"), "value": JMARK, "type": 1})
        item = {"id": uuid4(r), "organizationId": None, "type": 2, "name": "%s integration" % _vendor_label(vtype),
                "notes": None, "secureNote": {"type": 0}, "fields": fields}
        return json.dumps({"encrypted": False, "items": [item]}, indent=2) + "\n"
    if style == "range_aws_ssm_put_parameter_history":
        base = "/range/prod/%s" % vtype.split("_")[0]
        s = ""
        if nb:
            s += "aws ssm put-parameter --name %s/%s --type String --value '%s'\n" % (base, style_key(nb[0], "kebab"), nb[1])
        s += "aws ssm put-parameter --name %s/%s --type SecureString --value '%s' --overwrite\naws ssm get-parameters-by-path --path %s --query 'Parameters[].Name'\n" % (base, style_key(kw, "kebab"), MARK, base)
        return s
    if style == "training_java_properties_file":
        s = "# application-prod.properties\nserver.port=8443\n"
        if nb:
            s += "%s=%s\n" % (style_key(nb[0], "dot"), nb[1])
        s += "%s=%s\nspring.jpa.open-in-view=false\n" % (style_key(kw, "dot"), MARK)
        return s
    if style == "range_ansible_vars_plaintext_yml":
        s = "# group_vars/range_servers/vars.yml (not yet vaulted)\nntp_server: time.range.lan\n"
        if nb:
            s += "%s: \"%s\"\n" % (style_key(nb[0], "snake"), nb[1])
        s += "%s: \"%s\"\n" % (style_key(kw, "snake"), MARK)
        return s
    raise ValueError(style)


N_VENDOR = 120
# weaker or more generic candidates moved behind the range-world and mainstream ones
TAIL = ["waiversign_api_token", "glofox_branch_api_secret", "peek_pro_partner_api_secret", "xola_seller_api_key",
        "teachable_school_api_key", "servicem8_api_key", "simpletexting_api_token", "textmagic_api_v2_key",
        "usaepay_source_key", "lightspeed_retail_client_secret", "eagle_eye_networks_api_key",
        "prodatakey_cloud_client_secret", "zebra_savanna_api_key", "replicate_api_token", "uptimerobot_main_api_key",
        "intercom_workspace_access_token", "freshdesk_agent_api_key", "twingate_connector_refresh_token"]
V = [v for v in V if v[0] not in TAIL] + [v for v in V if v[0] in TAIL]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    for i, (vt, kw, gen, nbspec, basis, shape) in enumerate(V[:N_VENDOR]):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nb = None
        if nbspec:
            nb = (nbspec[0], nbspec[1](rng))
        tmpl = render(style, kw, nb, rng, vt)
        text, s, e = fill(tmpl, value)
        recs.append(record("p186-s-%04d" % (start_index + i), vt, "%s__%s" % (vt, style), text, s, e, "vendor"))
    return recs


def unused_tail():
    return [v[0] for v in V[N_VENDOR:]]
