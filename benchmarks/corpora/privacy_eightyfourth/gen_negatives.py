"""Hard negatives from the hosting / CMS world: look like secrets, are not."""
import base64, hashlib, hmac, random, zlib
from common import G, ALNUM, LOWALNUM, HEXL, B64URL, UPALNUM

SEED = 8406
PHPASS = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def k_recaptcha_site_key(g):
    return (f"<!-- footer.php of the child theme -->\n<script src=\"https://www.google.com/recaptcha/api.js?render=6L{g.b64url(38)}\"></script>\n"
            f"<div class=\"g-recaptcha\" data-sitekey=\"6L{g.b64url(38)}\"></div>\n")


def k_ghost_content_key(g):
    return (f"<script src=\"https://cdn.jsdelivr.net/npm/@tryghost/content-api@1/umd/content-api.min.js\"></script>\n<script>\n"
            f"  const api = new GhostContentAPI({{ url: 'https://{g.domain()}', key: '{g.hexl(26)}', version: 'v5.0' }});\n</script>\n")


def k_wp_users_phpass(g):
    rows = '\n'.join(f"| {i} | {g.user()} | $P$B{g.s(PHPASS, 31)} | {g.user()}@{g.domain()} |" for i in range(1, 4))
    return "mysql> SELECT ID, user_login, user_pass, user_email FROM wp_users;\n" + rows + "\n3 rows in set (0.00 sec)\n"


def k_drupal_pass_rows(g):
    rows = '\n'.join(f"{i}\t{g.user()}\t$S$E{g.s(PHPASS, 51)}" for i in range(1, 4))
    return "uid\tname\tpass\n" + rows + "\n"


def k_whmcs_masked(g):
    return (f"Client Profile #{g.r.randint(100, 9999)}\nEmail Address: {g.user()}@{g.domain()}\nPassword: ••••••••••  (leave blank to keep)\n"
            f"Security Question Answer: ********\n")


def k_cpanel_ftp_masked(g):
    rows = '\n'.join(f"{u}@{g.domain()}   /public_html/{u}   ********   {g.r.randint(1, 900)} MB" for u in ['deploy', 'designer', g.user()])
    return "FTP Accounts\nLog In            Path              Password   Usage\n" + rows + "\n"


def k_wp_config_sample(g):
    return ("define( 'DB_NAME', 'database_name_here' );\ndefine( 'DB_USER', 'username_here' );\n"
            "define( 'DB_PASSWORD', 'password_here' );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\n"
            "define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\n")


def k_magento_env_placeholders(g):
    return ("'db' => [\n    'connection' => [\n        'default' => [\n            'host' => '<DB_HOST>',\n"
            "            'username' => '<DB_USER>',\n            'password' => '<DB_PASSWORD>',\n        ],\n    ],\n],\n"
            "'crypt' => ['key' => '<CHANGE_ME>'],\n")


def k_backup_md5_listing(g):
    rows = '\n'.join(f"{g.hexl(32)}  backup-{g.r.randint(1, 12)}.{g.r.randint(1, 28)}.2024_{g.r.randint(10, 23)}-{g.r.randint(10, 59)}-{g.r.randint(10, 59)}_{g.user()}.tar.gz" for _ in range(3))
    return "$ md5sum /backup/*.tar.gz\n" + rows + "\n"


def k_wp_core_checksums(g):
    files = ['wp-login.php', 'wp-includes/version.php', 'wp-admin/index.php', 'xmlrpc.php']
    body = ','.join(f'"{f}":"{g.hexl(32)}"' for f in files)
    return '{"checksums":{' + body + '}}\n'


def k_wp_nonce_field(g):
    return (f"<form method=\"post\" action=\"options.php\">\n<input type=\"hidden\" id=\"_wpnonce\" name=\"_wpnonce\" value=\"{g.hexl(10)}\" />\n"
            f"<input type=\"hidden\" name=\"_wp_http_referer\" value=\"/wp-admin/options-general.php\" />\n</form>\n")


def k_drupal_form_build_id(g):
    return (f"<input type=\"hidden\" name=\"form_build_id\" value=\"form-{g.b64url(43)}\" />\n"
            f"<input type=\"hidden\" name=\"form_token\" value=\"{g.b64url(43)}\" />\n<input type=\"hidden\" name=\"form_id\" value=\"node_article_edit_form\" />\n")


def k_wp_script_ver(g):
    return '\n'.join(f"<script src=\"https://{g.domain()}/wp-content/plugins/{p}/assets/app.min.js?ver={g.hexl(20)}\" id=\"{p}-js\"></script>" for p in ['woocommerce', 'contact-form-7', 'elementor']) + '\n'


def k_magento_static_version(g):
    v = str(g.r.randint(1690000000, 1719999999))
    return (f"<link rel=\"stylesheet\" href=\"https://{g.domain()}/static/version{v}/frontend/Magento/luma/en_US/css/styles-m.css\" />\n"
            f"$ cat pub/static/deployed_version.txt\n{v}\n")


def k_dkim_txt(g):
    return (f"default._domainkey.{g.domain()}. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{g.s(ALNUM + '+/', 80)}\" "
            f"\"{g.s(ALNUM + '+/', 200)}IDAQAB\"\n{g.domain()}. 3600 IN TXT \"v=spf1 +a +mx include:relay.hostbox.example.net ~all\"\n")


def k_site_verification(g):
    return (f"{g.domain()}. 300 IN TXT \"google-site-verification={g.b64url(43)}\"\n{g.domain()}. 300 IN TXT \"MS=ms{g.r.randint(10 ** 7, 10 ** 8 - 1)}\"\n"
            f"{g.domain()}. 300 IN TXT \"facebook-domain-verification={g.s(LOWALNUM, 30)}\"\n")


def k_sftp_fingerprint(g):
    return (f"The authenticity of host '{g.host()} ({g.ip()})' can't be established.\nED25519 key fingerprint is SHA256:{g.b64(32).rstrip('=')}.\n"
            "This key is not known by any other names.\nAre you sure you want to continue connecting (yes/no/[fingerprint])? yes\n")


def k_known_hosts_hashed(g):
    return ''.join(f"|1|{g.b64(20)}|{g.b64(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.s(ALNUM + '+/', 43)}\n" for _ in range(2))


def k_magento_encrypted_config(g):
    rows = '\n'.join(f"| {p} | 0:3:{g.b64(48)} |" for p in ['payment/braintree/private_key', 'carriers/ups/password', 'smtp/general/password'])
    return "mysql> SELECT path, value FROM core_config_data WHERE value LIKE '0:3:%';\n" + rows + "\n"


def k_whmcs_encrypted_server_pw(g):
    return (f"mysql> SELECT id, name, username, password FROM tblservers;\n| 1 | {g.host()} | root | {g.b64(24)} |\n"
            f"| 2 | {g.host()} | reseller | {g.b64(24)} |\n-- stored with WHMCS encrypt(); decrypt needs the cc_encryption_hash\n")


def k_wp_config_getenv(g):
    return ("define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );\ndefine( 'AUTH_KEY', getenv( 'WP_AUTH_KEY' ) ?: '' );\n"
            "define( 'SMTP_PASS', $_SERVER['SMTP_PASS'] ?? null );\n")


def k_strapi_env_calls(g):
    return ("module.exports = ({ env }) => ({\n  auth: { secret: env('ADMIN_JWT_SECRET') },\n  apiToken: { salt: env('API_TOKEN_SALT') },\n"
            "  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },\n});\n")


def k_kb_reset_steps(g):
    return ("How to reset your cPanel password\n1. Log in to the client area.\n2. Open Services > My Services and pick the hosting plan.\n"
            "3. Choose 'Change Password', type a new password twice and save.\nWe will never ask you for your password by e-mail or chat.\n")


def k_macro_never_email(g):
    return (f"Macro: password-request\nHi {g.user()}, for your security we cannot send passwords in tickets. Please use the 'Forgot password' link "
            "on the login page; the reset link is valid for 30 minutes.\n")


def k_whmcs_invoice_ids(g):
    return (f"Invoice #{g.r.randint(10000, 99999)} paid - Transaction ID {g.upalnum(17)}\nTicket #{g.upalnum(3)}-{g.r.randint(100000, 999999)} "
            f"linked to order {g.r.randint(1000, 9999)}, service id {g.r.randint(100, 9999)}\n")


def k_gateway_txn_log(g):
    return (f"[2024-04-12 10:11:12] stripe: charge.succeeded id=ch_3{g.alnum(23)} payment_intent=pi_3{g.alnum(23)}\n"
            f"[2024-04-12 10:11:13] paypal: capture COMPLETED id={g.upalnum(17)}\n")


def k_whmcs_demo_banner(g):
    return "WHMCS Demo - the admin area is reset every 2 hours.\nLogin: demo\nPassword: demo\nNothing you enter here is kept.\n"


def k_local_docker_tutorial(g):
    return ("Step 3: open http://localhost:8080/wp-admin and log in with the throwaway user created by the tutorial image\n"
            "(username: admin, password: password). Never publish this container.\n")


def k_ghost_object_ids(g):
    return '{"posts":[' + ','.join(f'{{"id":"{g.hexl(24)}","uuid":"{g.uuid()}","slug":"{s}"}}' for s in ['welcome', 'spring-menu']) + ']}\n'


def k_strapi_document_ids(g):
    return '{"data":[' + ','.join(f'{{"id":{i},"documentId":"{g.s(LOWALNUM, 24)}","title":"{t}"}}' for i, t in [(3, 'Home'), (7, 'About')]) + ']}\n'


BASE = [
    ('browser_exposed_site_key', 'recaptcha_site_key_theme_footer', k_recaptcha_site_key),
    ('browser_exposed_site_key', 'ghost_content_api_frontend_script', k_ghost_content_key),
    ('cms_user_table_hash', 'wp_users_phpass_hash_rows', k_wp_users_phpass),
    ('cms_user_table_hash', 'drupal_users_sha512_pass_rows', k_drupal_pass_rows),
    ('masked_control_panel_field', 'whmcs_client_profile_dots', k_whmcs_masked),
    ('masked_control_panel_field', 'cpanel_ftp_accounts_starred_list', k_cpanel_ftp_masked),
    ('sample_config_placeholder', 'wp_config_sample_unfilled', k_wp_config_sample),
    ('sample_config_placeholder', 'magento_env_php_angle_placeholders', k_magento_env_placeholders),
    ('archive_integrity_digest', 'cpanel_backup_tarball_md5sum', k_backup_md5_listing),
    ('archive_integrity_digest', 'wp_core_checksums_api_json', k_wp_core_checksums),
    ('cms_form_nonce', 'wp_nonce_hidden_settings_form', k_wp_nonce_field),
    ('cms_form_nonce', 'drupal_form_build_id_inputs', k_drupal_form_build_id),
    ('asset_version_query', 'wp_enqueued_script_ver_hash', k_wp_script_ver),
    ('asset_version_query', 'magento_static_deployed_version', k_magento_static_version),
    ('dns_txt_verification_record', 'zone_file_dkim_spf_txt', k_dkim_txt),
    ('dns_txt_verification_record', 'domain_ownership_txt_tokens', k_site_verification),
    ('host_key_fingerprint', 'sftp_first_connect_prompt', k_sftp_fingerprint),
    ('host_key_fingerprint', 'hashed_known_hosts_lines', k_known_hosts_hashed),
    ('panel_stored_ciphertext', 'magento_core_config_encrypted_rows', k_magento_encrypted_config),
    ('panel_stored_ciphertext', 'whmcs_tblservers_encrypted_column', k_whmcs_encrypted_server_pw),
    ('runtime_secret_lookup', 'wp_config_getenv_lookups', k_wp_config_getenv),
    ('runtime_secret_lookup', 'strapi_admin_env_calls_no_default', k_strapi_env_calls),
    ('reset_instructions_no_credential', 'hosting_kb_cpanel_reset_steps', k_kb_reset_steps),
    ('reset_instructions_no_credential', 'support_macro_no_passwords_in_tickets', k_macro_never_email),
    ('billing_or_ticket_reference', 'whmcs_invoice_ticket_ids', k_whmcs_invoice_ids),
    ('billing_or_ticket_reference', 'gateway_transaction_id_log', k_gateway_txn_log),
    ('throwaway_demo_login', 'whmcs_public_demo_banner', k_whmcs_demo_banner),
    ('throwaway_demo_login', 'local_wordpress_container_tutorial', k_local_docker_tutorial),
    ('content_entity_identifier', 'ghost_posts_object_ids', k_ghost_object_ids),
    ('content_entity_identifier', 'strapi_document_ids_response', k_strapi_document_ids),
]

WRAPPERS = [
    ('in_hosting_status_page_post', lambda g, t: f"Status update - {g.host()} maintenance finished.\nFor reference, the relevant excerpt:\n\n{t}\nNo action needed from customers.\n"),
    ('in_agency_wiki_runbook', lambda g, t: f"## Runbook: {g.site()}\n\nWhat you will see on the server:\n```\n{t}```\nNothing above is a credential.\n"),
    ('in_plugin_changelog_entry', lambda g, t: f"= {g.r.randint(1, 9)}.{g.r.randint(0, 20)}.{g.r.randint(0, 9)} =\n* Fix: output below now renders correctly\n{t}"),
    ('in_migration_ticket_thread', lambda g, t: f"Ticket #{g.r.randint(100000, 999999)} (site move)\nAgent: here is what we found on the old host, for comparison:\n{t}Customer: thanks, looks fine.\n"),
    ('in_theme_code_review_note', lambda g, t: f"Review note on PR #{g.r.randint(10, 400)}: this is expected, not a leak -\n{t}"),
]

# Documentation values: recomputed at build time and compared with the published literals.
DOC_LITERALS = {
    'md5_empty': 'd41d8cd98f00b204e9800998ecf8427e',
    'sha1_quick_fox': '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12',
    'sha256_quick_fox': 'd7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592',
    'hmac_sha1_rfc2202_case2': 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79',
    'adler32_wikipedia': '11e60398',
}
FOX = b'The quick brown fox jumps over the lazy dog'


def recompute_docs():
    got = {
        'md5_empty': hashlib.md5(b'').hexdigest(),
        'sha1_quick_fox': hashlib.sha1(FOX).hexdigest(),
        'sha256_quick_fox': hashlib.sha256(FOX).hexdigest(),
        'hmac_sha1_rfc2202_case2': hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha1).hexdigest(),
        'adler32_wikipedia': '%08x' % zlib.adler32(b'Wikipedia'),
    }
    assert got == DOC_LITERALS, got
    return got


DOCS = [
    ('md5_empty_in_upload_troubleshooting', lambda d: f"If a backup upload shows the MD5 {d['md5_empty']}, the file is empty (that is the MD5 of zero bytes) - re-run the export.\n"),
    ('sha1_quick_fox_in_php_hash_tutorial', lambda d: f"<?php echo sha1('The quick brown fox jumps over the lazy dog'); // {d['sha1_quick_fox']}\n"),
    ('sha256_quick_fox_in_checksum_guide', lambda d: f"Test your checksum tool: sha256 of \"The quick brown fox jumps over the lazy dog\" must print\n{d['sha256_quick_fox']}\n"),
    ('hmac_sha1_rfc2202_in_webhook_doc', lambda d: f"RFC 2202 test case 2 (key \"Jefe\", data \"what do ya want for nothing?\") gives HMAC-SHA1 {d['hmac_sha1_rfc2202_case2']}; use it to check your WHMCS hook signer.\n"),
    ('adler32_wikipedia_in_zlib_notes', lambda d: f"zlib sanity check from the docs: adler32('Wikipedia') = 0x{d['adler32_wikipedia']}\n"),
]


def build(used):
    g = G(random.Random(SEED), used)
    out = []
    for cls, kind, f in BASE:
        out.append((cls, kind, f(g)))
        for wname, w in WRAPPERS:
            out.append((cls, kind + '__' + wname, w(g, f(g))))
    d = recompute_docs()
    for kind, f in DOCS:
        out.append(('published_test_vector', kind, f(d)))
    return out
