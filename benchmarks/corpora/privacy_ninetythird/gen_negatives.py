import random, base64, hashlib, string, json
from common import *
def spki(r):
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, 302, AN + "+/") + "IDAQAB"
def sha(r, n=32): return hashlib.sha256(rs(r, 20).encode()).hexdigest()[: n * 2] if n <= 32 else ""
def b64h(r, algo): return base64.b64encode(hashlib.new(algo, rs(r, 24).encode()).digest()).decode()
def extid(r): return rs(r, 32, "abcdefghijklmnop")

K = {
 "extension_manifest_public_key_field": {
   "manifest_key_field_json": lambda r: "{\n  \"manifest_version\": 3,\n  \"name\": \"%s\",\n  \"key\": \"%s\"\n}" % (r.choice(EXTS), spki(r)),
   "crx_public_key_pem_export": lambda r: "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % (lambda k: "\n".join(k[i:i + 64] for i in range(0, len(k), 64)))(spki(r))},
 "extension_store_item_identifier": {
   "chrome_extension_detail_url": lambda r: "https://chromewebstore.google.com/detail/%s/%s" % (r.choice(EXTS), extid(r)),
   "gecko_addon_guid_setting": lambda r: "\"browser_specific_settings\": { \"gecko\": { \"id\": \"{%s}\" } }" % uuid4(r)},
 "publishable_client_side_key": {
   "stripe_publishable_key_snippet": lambda r: "const stripe = Stripe('pk_live_51%s'); // publishable, safe in the popup" % rs(r, 97),
   "posthog_project_key_snippet": lambda r: "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' }) // project key is public" % rs(r, 43)},
 "subresource_integrity_digest": {
   "script_tag_sri_attribute": lambda r: "<script src=\"https://cdn.example/lib-%d.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % (r.randint(1, 9), b64h(r, "sha384")),
   "userscript_require_sha256_fragment": lambda r: "// @require https://cdn.example/gm-utils.js#sha256=%s" % hashlib.sha256(rs(r, 16).encode()).hexdigest()},
 "content_security_policy_source_token": {
   "csp_header_nonce_value": lambda r: "Content-Security-Policy: script-src 'self' 'nonce-%s'" % base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode(),
   "manifest_csp_sha256_source": lambda r: "\"content_security_policy\": { \"extension_pages\": \"script-src 'self' 'sha256-%s'\" }" % b64h(r, "sha256")},
 "oauth_public_client_identifier": {
   "google_oauth_client_id_line": lambda r: "\"oauth2\": { \"client_id\": \"%d-%s.apps.googleusercontent.com\", \"scopes\": [\"openid\"] }" % (r.randint(10**11, 10**12), rs(r, 32, string.ascii_lowercase + string.digits)),
   "amo_jwt_issuer_line": lambda r: "AMO JWT issuer (public half): user:%d:%d" % (r.randint(10**6, 10**8), r.randint(1, 999))},
 "webstore_masked_credential_echo": {
   "asterisk_masked_env_echo": lambda r: "[publish] CLIENT_SECRET=%s REFRESH_TOKEN=%s" % ("*" * r.randint(8, 16), "*" * r.randint(8, 16)),
   "redacted_marker_config": lambda r: "{ \"clientSecret\": \"[REDACTED]\", \"refreshToken\": \"<redacted:%d chars>\" }" % r.randint(90, 110)},
 "extension_secret_placeholder_template": {
   "todo_replace_me_string_constant": lambda r: "const AMO_JWT_SECRET = 'TODO-replace-me'; // filled in by CI (%s)" % r.choice(EXTS),
   "ellipsis_truncated_example_value": lambda r: "EDGE_API_KEY=%s...  # first characters only, see the vault" % rs(r, 4, string.ascii_lowercase)},
 "secret_manager_lookup_reference": {
   "onepassword_op_uri_reference": lambda r: "CWS_REFRESH_TOKEN=op://%s/chrome-web-store/refresh_token" % r.choice(["Extensions", "Release", "Dev"]),
   "process_env_lookup_expression": lambda r: "upload({ clientSecret: process.env.CWS_CLIENT_SECRET, refreshToken: process.env.CWS_REFRESH_TOKEN_%d })" % r.randint(1, 9)},
 "encrypted_config_ciphertext": {
   "sops_enc_aes256_gcm_value": lambda r: "amo_jwt_secret: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode()),
   "webcrypto_aes_gcm_storage_blob": lambda r: "{ \"vault\": { \"iv\": \"%s\", \"ct\": \"%s\" } }" % (base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(48))).decode())},
 "extension_package_checksum": {
   "release_zip_sha256sums_line": lambda r: "%s  %s-%d.%d.0.zip" % (hashlib.sha256(rs(r, 12).encode()).hexdigest(), r.choice(EXTS), r.randint(1, 5), r.randint(0, 20)),
   "amo_updates_json_update_hash": lambda r: "{ \"version\": \"%d.%d\", \"update_link\": \"https://ext.example/x.xpi\", \"update_hash\": \"sha256:%s\" }" % (r.randint(1, 5), r.randint(0, 20), hashlib.sha256(rs(r, 12).encode()).hexdigest())},
 "telemetry_event_identifier": {
   "sentry_event_id_log": lambda r: "Sentry captured event %s (release %s@%d.%d)" % (rs(r, 32, HEX), r.choice(EXTS), r.randint(1, 5), r.randint(0, 9)),
   "cws_upload_response_json": lambda r: "{\"kind\":\"chromewebstore#item\",\"id\":\"%s\",\"uploadState\":\"SUCCESS\"}" % extid(r)},
 "credential_hygiene_prose_without_value": {
   "store_reviewer_account_guidance_text": lambda r: "Give reviewers a throwaway test account with a password you rotate right after approval (ticket %d); never reuse a real one." % r.randint(100, 999),
   "userscript_readme_security_note": lambda r: "Security note: this userscript asks for your API token on first run and keeps it in GM storage; it is never sent anywhere except %s." % r.choice(HOSTS)},
 "vcs_commit_object_hash": {
   "changelog_commit_sha_line": lambda r: "- fix popup flicker (%s)" % hashlib.sha1(rs(r, 10).encode()).hexdigest(),
   "web_ext_build_git_describe": lambda r: "Building %s v%d.%d.%d-%d-g%s" % (r.choice(EXTS), r.randint(1, 5), r.randint(0, 9), r.randint(0, 9), r.randint(1, 40), hashlib.sha1(rs(r, 10).encode()).hexdigest()[:12])},
 "runtime_instance_uuid": {
   "moz_extension_internal_uuid_url": lambda r: "moz-extension://%s/options.html" % uuid4(r),
   "analytics_client_uuid_storage": lambda r: "chrome.storage.local: { installId: '%s', firstRun: false }" % uuid4(r)},
 "code_signing_certificate_fingerprint": {
   "codesign_cdhash_output": lambda r: "CDHash=%s\nTeamIdentifier=%s" % (hashlib.sha1(rs(r, 10).encode()).hexdigest(), rs(r, 10, string.ascii_uppercase + string.digits)),
   "xpi_signature_cert_sha256_listing": lambda r: "Signer SHA-256 fingerprint: %s" % ":".join(hashlib.sha256(rs(r, 10).encode()).hexdigest().upper()[i:i + 2] for i in range(0, 64, 2))},
}
WRAP = {
 "": "{T}",
 "__in_extension_store_listing_draft": "Store listing draft (privacy tab):\n{T}\n",
 "__in_addon_review_thread": "Reviewer: can you explain this line?\n> {T}\nDeveloper: it is not a secret, see the docs.\n",
 "__in_userscript_forum_post": "Posted on the userscript forum:\n    {T}\nIs this safe to share?\n",
 "__in_extension_changelog_md": "## {N}\n- {T}\n",
 "__in_browser_devtools_console": "> console.log(cfg)\n{T}\nundefined\n",
}

def generate():
    r = random.Random(9306)
    out = []
    for cls, kinds in K.items():
        for kind, g in kinds.items():
            for w, tpl in WRAP.items():
                body = g(r)
                t = tpl.replace("{N}", "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 9), r.randint(0, 9))).replace("{T}", body)
                out.append(dict(**{"class": cls}, container=kind + w, text=t, source="negative"))
    return out
