"""Hard negatives from the ad-tech world: look like secrets, are not."""
import random, hashlib, base64, json
from common120 import *

def _md5(r): return hashlib.md5(rs(r, A62, 12).encode()).hexdigest()
def _sha1(r): return hashlib.sha1(rs(r, A62, 12).encode()).hexdigest()
def _sha256(r): return hashlib.sha256(rs(r, A62, 12).encode()).hexdigest()

def openrtb_bid_request_json_ids(r):
    return json.dumps({"id": uuid4(r), "imp": [{"id": "1", "tagid": "div-gpt-" + rs(r, LAN, 6)}], "source": {"tid": uuid4(r)}, "user": {"buyeruid": rs(r, A62, 22)}}, indent=1)
def bidder_win_log_auction_ids(r):
    return "\n".join("%s win auction_id=%s bid_id=%s crid=%s price=%.2f" % ("2024-03-14T09:1%d:0%dZ" % (i, i), uuid4(r), rs(r, LHEX, 24), rs(r, LAN, 10), r.uniform(0.5, 9)) for i in range(3))
def ads_txt_file_lines(r):
    return "# ads.txt\n" + "\n".join("%s.example, %s, %s, %s" % (rs(r, string.ascii_lowercase, 7), r.randint(1000, 99999999), r.choice(["DIRECT", "RESELLER"]), rs(r, LHEX, 16)) for _ in range(4))
def sellers_json_entries(r):
    return json.dumps({"sellers": [{"seller_id": rs(r, LHEX, 24), "name": "Pub %d" % r.randint(1, 999), "domain": "pub%d.example" % r.randint(1, 99), "seller_type": "PUBLISHER"} for _ in range(2)]}, indent=1)
def tcf_v2_consent_cookie_dump(r):
    return "euconsent-v2=CP" + rs(r, B64U, 60) + ".YAAAAAAAAAA; Path=/; Domain=.example.com"
def gpp_string_request_params(r):
    return "https://ssp.example.com/bid?gpp=DBAB" + rs(r, B64U, 28) + "~CP" + rs(r, B64U, 40) + "&gpp_sid=2,7"
def idfa_gaid_test_device_list(r):
    return "Test devices (QA):\n" + "\n".join("- %s  %s" % (r.choice(["iOS IDFA", "Android GAID"]), uuid4(r).upper()) for _ in range(3))
def mmp_raw_install_export_csv(r):
    return "install_time,advertising_id,appsflyer_id,media_source\n" + "\n".join("2024-03-1%d,%s,%d-%s,networkx_int" % (i, uuid4(r), r.randint(10**12, 10**13), rs(r, LAN, 19)) for i in range(3))
def landing_page_url_gclid_fbclid(r):
    return "https://shop.example.com/lp?utm_source=search&gclid=Cj0KCQjw" + rs(r, B64U, 60) + "_BwE\nhttps://shop.example.com/lp?fbclid=IwAR" + rs(r, B64U, 56)
def click_log_ttclid_msclkid_rows(r):
    return "\n".join("click ttclid=E.C.P.%s msclkid=%s" % (rs(r, B64U, 40), rs(r, LHEX, 32)) for _ in range(2))
def creative_upload_md5_manifest(r):
    return "\n".join("%s  creatives/%s_%dx%d.%s" % (_md5(r), rs(r, string.ascii_lowercase, 6), 300, r.choice([250, 600]), r.choice(["jpg", "png", "mp4"])) for _ in range(4))
def vast_mediafile_sha1_listing(r):
    return "\n".join("<MediaFile delivery=\"progressive\" type=\"video/mp4\"><![CDATA[https://cdn.example.com/v/%s.mp4]]></MediaFile>" % _sha1(r) for _ in range(2))
def branch_public_key_and_pixel_ids_html(r):
    return "<script>\n  branch.init('key_live_%s');\n  fbq('init', '%d');\n  gtag('config', 'G-%s');\n</script>" % (rs(r, A62, 32), r.randint(10**14, 10**16), rs(r, UAN, 10))
def mobile_sdk_app_keys_plist(r):
    return "<key>GADApplicationIdentifier</key>\n<string>ca-app-pub-%d~%d</string>\n<key>TikTokPixelId</key>\n<string>C%s</string>" % (r.randint(10**15, 10**16), r.randint(10**9, 10**10), rs(r, UAN, 19))
def ad_server_line_item_export_csv(r):
    return "order_id,line_item_id,creative_id,external_ref\n" + "\n".join("%d,%d,%d,%s" % (r.randint(10**9, 10**10), r.randint(10**9, 10**10), r.randint(10**11, 10**12), rs(r, LHEX, 24)) for _ in range(3))
def dsp_campaign_api_list_json(r):
    return json.dumps({"data": [{"campaign_id": rs(r, LAN, 7), "advertiser_id": rs(r, LAN, 7), "etag": rs(r, LHEX, 32)} for _ in range(2)]}, indent=1)
def partner_console_masked_key_table(r):
    return "| key name | value | created |\n|---|---|---|\n| reporting | %s%s | 2024-02-%02d |\n| ingest | ************%s | 2024-03-%02d |" % (rs(r, LAN, 4), "*" * 28, r.randint(1, 28), rs(r, LAN, 4), r.randint(1, 28))
def bidder_startup_log_redacted(r):
    return "INFO bidder starting region=%s\nINFO exchange_secret=[REDACTED] len=%d\nINFO db password=<hidden> host=10.0.%d.%d" % (r.choice(["use1", "euw1"]), r.randint(32, 64), r.randint(0, 9), r.randint(2, 250))
def prebid_adapter_docs_example_params(r):
    return "pbjs.addAdUnits({ code: 'div-%s', bids: [{ bidder: 'examplebidder', params: { apiKey: 'YOUR_API_KEY', secret: '<partner-secret>' } }] });" % rs(r, LAN, 5)
def ssp_integration_env_template(r):
    return "# copy to .env and fill in\nSSP_REPORT_KEY=changeme\nSSP_PARTNER_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx\nSSP_REGION=%s" % r.choice(["us", "eu", "apac"])
def gcp_secret_manager_resource_paths(r):
    return "REPORT_KEY=projects/%d/secrets/ssp-report-key/versions/%d\nBIDDER_DB_PASS=projects/%d/secrets/bidder-db/versions/latest" % (r.randint(10**11, 10**12), r.randint(1, 9), r.randint(10**11, 10**12))
def k8s_external_secret_remote_ref(r):
    return "spec:\n  data:\n  - secretKey: partner-secret\n    remoteRef:\n      key: adtech/prod/partner-%s\n      property: secret" % rs(r, LAN, 6)
def sops_yaml_enc_values(r):
    return "partner_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n  version: 3.8.1" % (b64bytes(r, 30), b64bytes(r, 32), b64bytes(r, 16))
def sealed_secret_encrypted_data(r):
    return "kind: SealedSecret\nspec:\n  encryptedData:\n    REPORT_KEY: AgB%s" % b64bytes(r, 90)
def partner_portal_password_reset_mail(r):
    return "Subject: Your partner portal password was reset\n\nHi %s, your password was reset on request #%d. Use the link we sent to choose a new one; we will never send passwords by mail." % (r.choice(["Ana", "Luis", "Mei"]), r.randint(10000, 99999))
def adops_chat_asks_for_login(r):
    return "%s: who has the login for the SSP sandbox? the password in the vault entry #%d seems expired\n%s: ping secops, don't paste it here" % (r.choice(["jo", "kai"]), r.randint(100, 999), r.choice(["mo", "li"]))
def uid2_advertising_token_header_dump(r):
    return "UID2-Advertising-Token: A4AAAA" + b64bytes(r, 120)
def prebid_userid_module_eids_json(r):
    return json.dumps({"eids": [{"source": "id5-sync.com", "uids": [{"id": "ID5*" + rs(r, B64U, 40)}]}, {"source": "pubcid.org", "uids": [{"id": uuid4(r)}]}]}, indent=1)
def encrypted_win_price_macro_urls(r):
    return "https://win.example.net/n?p=" + rs(r, B64U, 38) + "&imp=" + rs(r, LHEX, 16)
def vast_tracking_cachebuster_urls(r):
    return "<Tracking event=\"firstQuartile\"><![CDATA[https://trk.example.com/q1?cb=%d&sid=%s]]></Tracking>" % (r.randint(10**9, 10**10), rs(r, LHEX, 32))
def cookie_sync_redirect_chain(r):
    return "302 https://sync.example.com/match?partner=dsp7&puid=%s\n302 https://dsp.example.net/setuid?uid=%s" % (rs(r, A62, 26), uuid4(r))
def match_table_sample_rows(r):
    return "exchange_uid,partner_uid,last_seen\n" + "\n".join("%s,%s,2024-03-1%d" % (rs(r, LHEX, 32), rs(r, A62, 22), i) for i in range(3))

CLASSES = [
 ("openrtb_request_and_impression_ids", [openrtb_bid_request_json_ids, bidder_win_log_auction_ids]),
 ("ads_txt_seller_and_certification_ids", [ads_txt_file_lines, sellers_json_entries]),
 ("tcf_and_gpp_consent_strings", [tcf_v2_consent_cookie_dump, gpp_string_request_params]),
 ("mobile_advertising_device_ids", [idfa_gaid_test_device_list, mmp_raw_install_export_csv]),
 ("ad_click_identifiers", [landing_page_url_gclid_fbclid, click_log_ttclid_msclkid_rows]),
 ("creative_asset_content_hashes", [creative_upload_md5_manifest, vast_mediafile_sha1_listing]),
 ("publishable_sdk_and_pixel_keys", [branch_public_key_and_pixel_ids_html, mobile_sdk_app_keys_plist]),
 ("campaign_line_item_and_order_ids", [ad_server_line_item_export_csv, dsp_campaign_api_list_json]),
 ("masked_ad_platform_credentials", [partner_console_masked_key_table, bidder_startup_log_redacted]),
 ("adtech_sample_config_placeholders", [prebid_adapter_docs_example_params, ssp_integration_env_template]),
 ("ad_secret_manager_references", [gcp_secret_manager_resource_paths, k8s_external_secret_remote_ref]),
 ("sops_and_sealed_secret_ciphertexts", [sops_yaml_enc_values, sealed_secret_encrypted_data]),
 ("ad_ops_password_talk_without_value", [partner_portal_password_reset_mail, adops_chat_asks_for_login]),
 ("encrypted_identity_and_eid_tokens", [uid2_advertising_token_header_dump, prebid_userid_module_eids_json]),
 ("encrypted_price_and_cachebuster_macros", [encrypted_win_price_macro_urls, vast_tracking_cachebuster_urls]),
 ("cookie_sync_partner_user_ids", [cookie_sync_redirect_chain, match_table_sample_rows]),
]
WRAPPERS = [
 ("", lambda t: t),
 ("__in_adops_slack_thread", lambda t: "#ad-ops thread - is this safe to share?\n```\n" + t + "\n```\nyes, nothing secret in there"),
 ("__in_bidder_pull_request_review", lambda t: "Review comment on fixtures/sample.txt:\n" + t + "\n> fine to commit, these are not credentials"),
 ("__in_ad_platform_support_ticket", lambda t: "Support ticket attachment (customer-provided):\n" + t),
 ("__in_trafficking_runbook_page", lambda t: "Runbook - reference example:\n" + t + "\n(see step 4)"),
 ("__in_partner_integration_email", lambda t: "Hi, as requested here is the sample from our side:\n\n" + t + "\n\nThanks, Integration team"),
]

def generate(idgen):
    r = random.Random(12006)
    out = []
    for cls, bases in CLASSES:
        for f in bases:
            for wname, w in WRAPPERS:
                out.append({"id": idgen(), "class": cls, "container": f.__name__ + wname, "text": w(f(r)), "source": "negative"})
    return out
