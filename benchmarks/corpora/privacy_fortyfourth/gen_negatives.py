import base64, hashlib, hmac, json, random
from common import *

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


BASE = {
 "public_key_or_certificate": {
  "dkim_selector_txt_record": lambda r: "; DNS zone for @H@ – email marketing sender setup\nmc%d._domainkey IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"\n; public key, safe to publish" % (r.randint(1, 9), b64(r, 200)),
  "freelancer_ssh_authorized_keys_line": lambda r: "Please add my public key so I can deploy the theme:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s @P@@edit-laptop" % b64(r, 32)[:43],
 },
 "placeholder_or_redacted": {
  "wp_config_sample_placeholders": lambda r: "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n// copy to wp-config.php and fill in",
  "agency_onboarding_form_blank_fields": lambda r: "CLIENT ACCESS FORM (@C@)\nMeta Business ID: ______________\nAd account token: [REDACTED – send via vault]\nMailing platform API key: <YOUR_API_KEY_HERE>\nHosting panel password: ********** (to be shared by phone)",
 },
 "digest_or_checksum": {
  "video_delivery_md5_sidecar": lambda r: "# delivery manifest – @C@ spot v%d\n%s  SPOT_30s_ProRes422HQ.mov\n%s  SPOT_15s_H264.mp4\n%s  captions_en.srt" % (r.randint(2, 9), rs(r, HEX, 32), rs(r, HEX, 32), rs(r, HEX, 32)),
  "subresource_integrity_script_tag": lambda r: "<script src=\"https://cdn.@H@/widget.%d.js\"\n        integrity=\"sha384-%s\"\n        crossorigin=\"anonymous\"></script>" % (r.randint(1, 9), b64(r, 48)),
 },
 "ciphertext_or_sealed_value": {
  "laravel_encrypted_env_payload": lambda r: "# .env.encrypted (php artisan env:encrypt) – key kept by the lead dev\n" + base64.b64encode(json.dumps({"iv": b64(r, 16), "value": b64(r, 96), "mac": rs(r, HEX, 64), "tag": ""}, separators=(",", ":")).encode()).decode(),
  "age_encrypted_secret_armor": lambda r: "Encrypted the client's hosting creds with age for the handover, decrypt with your identity file:\n-----BEGIN AGE ENCRYPTED FILE-----\n" + "\n".join(b64(r, 48) for _ in range(4)) + "\n-----END AGE ENCRYPTED FILE-----",
 },
 "masked_partial_value": {
  "ad_platform_token_masked_row": lambda r: "Connected accounts (@C@)\nFacebook Page   EAAG••••••••••••%s   expires in 58 days\nTikTok Ads      ••••••••%s            active" % (rs(r, ALNUM, 4), rs(r, HEX, 4)),
  "email_platform_key_list_last4": lambda r: "API keys\nName              Key                 Created\nWebsite forms     ****-****-%s     @D@\nZapier            ****-****-%s     @D@" % (rs(r, HEX, 4), rs(r, HEX, 4)),
 },
 "code_identifier_lookalike": {
  "css_module_hashed_class_names": lambda r: ".Hero_title__%s { font-size: 4rem }\n.Button_primary__%s { background: #E4572E }\n.Footer_legal__%s { opacity: .6 }" % (rs(r, ALNUM, 5), rs(r, ALNUM, 5), rs(r, ALNUM, 5)),
  "i18n_translation_key_constants": lambda r: "export const CAMPAIGN_FORM_PASSWORD_LABEL = 'form.password.label';\nexport const CAMPAIGN_API_TOKEN_HINT = 'settings.apiToken.hint';\nexport const SECRET_GIVEAWAY_TITLE_%d = 'giveaway.secret.title';" % r.randint(1, 99),
 },
 "password_prose_no_value": {
  "agency_security_policy_slide_notes": lambda r: "Speaker notes, slide %d: Never paste a client's password into Slack, briefs or invoices. Use the shared vault, turn on two-factor for every social account, and rotate the password when a freelancer leaves." % r.randint(3, 20),
  "client_faq_password_reset_article": lambda r: "FAQ: I forgot the password for my website dashboard. What now?\nClick 'Lost your password?' on the login page and we'll e-mail you a reset link. Our team will never ask you for your password by phone or e-mail.",
 },
 "publishable_client_key": {
  "algolia_search_only_key_snippet": lambda r: "const searchClient = algoliasearch('%s', '%s'); // search-only key, safe in the browser" % (rs(r, UPPER_ALNUM, 10), rs(r, HEX, 32)),
  "recaptcha_site_key_form_embed": lambda r: "<div class=\"g-recaptcha\" data-sitekey=\"6Lc%s\"></div>\n<!-- site key is public; the secret lives on the server -->" % rs(r, URLSAFE, 37),
 },
 "test_fixture_fake_credential": {
  "cypress_fixture_demo_login_json": lambda r: json.dumps({"email": "demo@example.com", "password": "demo-password-123", "apiKey": "test_key_not_real_%d" % r.randint(100, 999)}, indent=2),
  "storybook_mock_api_key_story": lambda r: "export const Connected = { args: { accountName: 'Demo Bakery', apiKey: 'fake-key-for-storybook-%04d', status: 'ok' } };" % r.randint(0, 9999),
 },
 "uuid_or_request_identifier": {
  "ad_campaign_request_id_log": lambda r: "POST /v1/campaigns 201 request_id=%s\nPATCH /v1/adsets/%d 200 request_id=%s" % (uuid4(r), r.randint(10**11, 10**12), uuid4(r)),
  "cms_entry_uuid_export": lambda r: "entry_id,title,status\n%s,Spring lookbook,published\n%s,Press kit,draft" % (uuid4(r), uuid4(r)),
 },
 "opaque_random_identifier": {
  "short_link_slug_report": lambda r: "Link report (@C@)\nhttps://bit.ly/%s   1,204 clicks\nhttps://bit.ly/%s   388 clicks" % (rs(r, ALNUM, 7), rs(r, ALNUM, 7)),
  "ad_click_id_landing_log": lambda r: "GET /offer?gclid=%s 200\nGET /offer?fbclid=IwAR%s 200" % (rs(r, URLSAFE, 88), rs(r, URLSAFE, 56)),
 },
 "version_or_build_string": {
  "cms_plugin_update_log_versions": lambda r: "Updated: Yoast SEO 22.%d → 22.%d\nUpdated: WooCommerce 8.%d.1 → 8.%d.0\nPHP 8.2.%d, MySQL 8.0.%d" % (r.randint(0, 4), r.randint(5, 9), r.randint(1, 4), r.randint(5, 9), r.randint(10, 20), r.randint(30, 40)),
  "video_encoder_settings_string": lambda r: "Writing library: x264 core 164 r%d %s\nEncoding settings: cabac=1 / ref=3 / deblock=1:0:0 / crf=20.0" % (r.randint(3000, 3199), rs(r, HEX, 7)),
 },
 "password_hash_not_plaintext": {
  "wordpress_users_table_phpass_dump": lambda r: "user_login | user_pass\nadmin      | $P$B%s\neditor     | $P$B%s" % (rs(r, ALNUM + "./", 30), rs(r, ALNUM + "./", 30)),
  "ghost_users_bcrypt_export": lambda r: json.dumps({"users": [{"email": "editor@@H@", "password": "$2a$10$" + rs(r, ALNUM + "./", 53)}]}),
 },
 "license_or_serial_identifier": {
  "font_license_order_number_email": lambda r: "Thank you for your order! Desktop licence, 5 seats\nOrder number: FL-%d-%s\nLicence ID: %s-%s" % (r.randint(10**5, 10**6), rs(r, UPPER_ALNUM, 4), rs(r, UPPER_ALNUM, 5), rs(r, UPPER_ALNUM, 5)),
  "stock_photo_license_receipt": lambda r: "Standard licence receipt\nImage ID: %d\nLicence no.: SSTK-%s-%d" % (r.randint(10**8, 10**9), rs(r, UPPER_ALNUM, 6), r.randint(1000, 9999)),
 },
 "media_asset_identifier": {
  "isrc_upc_release_metadata_sheet": lambda r: "Title: Night Ferry\nISRC: QZ%s%02d%05d\nUPC: %d\nLabel copy: (P) 2025 @C@" % (rs(r, UPPER_ALNUM, 3), r.randint(20, 25), r.randint(0, 99999), r.randint(10**11, 10**12)),
  "youtube_video_id_playlist_export": lambda r: "position,video_id,title\n1,%s,Teaser\n2,%s,Behind the scenes\n3,%s,Full film" % (rs(r, URLSAFE, 11), rs(r, URLSAFE, 11), rs(r, URLSAFE, 11)),
 },
}

WRAPPERS = {
 "": lambda r, t: t,
 "__in_client_feedback_email": lambda r, t: "Hi @P@,\n\nfeedback on the latest round below, plus the bit you asked for:\n\n" + t + "\n\nBest, @Q@",
 "__in_agency_wiki_page": lambda r, t: "== @C@ / Reference ==\nLast edited @D@ by @P@\n\n" + t,
 "__in_freelancer_invoice_notes": lambda r, t: "Invoice @N@ – notes for the client\n" + t + "\nTotal due: 980.00",
 "__in_social_team_standup_chat": lambda r, t: "[@D@ 09:12] @P@: morning! pasting this for context\n" + t + "\n[@D@ 09:13] @Q@: thx",
 "__in_hosting_support_reply": lambda r, t: "Support ticket #@N@ – reply from hosting team\n\n" + t + "\n\nLet us know if anything else comes up.",
}


def doc_values():
    h1 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    assert h1.startswith("5bdcc146bf60754e")
    h2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest()
    assert h2 == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    seed = base64.b32encode(b"12345678901234567890").decode()
    assert seed == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    hdr = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    pl = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    sig = base64.urlsafe_b64encode(hmac.new(b"your-256-bit-secret", (hdr + "." + pl).encode(), hashlib.sha256).digest()).decode().rstrip("=")
    assert sig == "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    return {
     "aws_iam_guide_sample_secret": ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "From the AWS IAM user guide (example only):\nAWS_SECRET_ACCESS_KEY = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nOur real key is in the agency vault."),
     "rfc4231_case_two_jefe_hmac": (h1, "Unit test for the webhook signer – RFC 4231 test case 2 (key \"Jefe\"):\nexpected HMAC-SHA-256 = " + h1),
     "rfc2202_case_two_jefe_sha1": (h2, "RFC 2202 HMAC-SHA1 test case 2, used to check the old podcast-host webhook verifier:\ndigest = 0x" + h2),
     "rfc6238_appendix_totp_seed": (seed, "2FA library self-test uses the RFC 6238 appendix seed \"12345678901234567890\", base32 " + seed + " – test vector, not a real account."),
     "jwt_io_default_hs256_token": (hdr + "." + pl + "." + sig, "The debugger's default example token (secret 'your-256-bit-secret'):\n" + hdr + "." + pl + "." + sig),
    }


def generate(seed=4406):
    rng = random.Random(seed)
    out = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for wname in WRAPPERS:
                body = BASE[cls][kind](rng)
                text = WRAPPERS[wname](rng, body)
                text, _ = fill(rng, text + MARK, "")
                out.append({"class": cls, "container": kind + wname, "text": text, "source": "negative"})
    for kind, (val, text) in sorted(doc_values().items()):
        out.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return out
