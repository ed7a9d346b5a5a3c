import random, base64, hashlib, hmac
from common import *
def h(r, n): return rstr(r, CS['h'], n)
def b64(r, n): return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
def dkim(r): return 's%d._domainkey.%s. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s"' % (r.randint(1, 3), client(r)[1], b64(r, 180))
def saml(r): return '<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>' % b64(r, 150)
def wc_ph(r): return 'Payment gateway settings (template)\nLive publishable key: pk_live_YOUR_KEY_HERE\nLive secret key: <paste-secret-key>\nWebhook secret: whsec_XXXXXXXXXXXXXXXX\nMode: %s' % r.choice(['live', 'test'])
def handover_red(r): return '| Item | Value |\n|---|---|\n| WP admin | agency / [REDACTED – see 1Password] |\n| SFTP | %s / ******** |\n| Klaviyo key | (removed before sharing) |' % r.choice(FIRST).lower()
def plugin_sha(r): return '\n'.join('%s  %s-%d.%d.%d.zip' % (hashlib.sha256(h(r, 16).encode()).hexdigest(), n, r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)) for n in r.sample(['woocommerce', 'elementor', 'wordfence', 'yoast-seo', 'wp-mail-smtp', 'klaviyo'], 3))
def static_manifest(r): return '{"version":"%d","files":{"frontend/Agency/shop/en_US/css/styles-m.css":"%s","frontend/Agency/shop/en_US/js/bundle.js":"%s"}}' % (r.randint(1600000000, 1700000000), hashlib.md5(h(r, 8).encode()).hexdigest(), hashlib.md5(h(r, 8).encode()).hexdigest())
def laravel_cookie(r): return 'Set-Cookie: laravel_session=' + base64.b64encode(('{"iv":"%s","value":"%s","mac":"%s","tag":""}' % (b64(r, 16), b64(r, 48), h(r, 64))).encode()).decode() + '; path=/; httponly'
def ansible_vault(r): return 'client_smtp_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ' + '\n  '.join(h(r, 80) for _ in range(3))
def masked_keys(r): return 'API keys\nSecret key   sk_live_••••••••••••%s   Reveal\nRestricted   rk_live_••••••••••••%s   Roll key' % (rstr(r, CS['a'], 4), rstr(r, CS['a'], 4))
def card_last4(r): return 'order_id,customer,card,total\n' + '\n'.join('%d,%s,**** **** **** %04d,%d.%02d' % (r.randint(1000, 9999), r.choice(FIRST), r.randint(0, 9999), r.randint(10, 300), r.randint(0, 99)) for _ in range(3))
def phpass(r): return 'ID\tuser_login\tuser_pass\n' + '\n'.join('%d\t%s\t$P$B%s' % (i + 1, r.choice(FIRST).lower(), rstr(r, CS['a'] + './', 30)) for i in range(3))
def magento_hash(r): return 'user_id | username | password\n' + '\n'.join('%d | %s | %s:%s:3_32_2_67108864' % (i + 1, r.choice(FIRST).lower(), h(r, 64), rstr(r, CS['a'], 32)) for i in range(2))
def policy(r): return 'Passwords for the %s shop are never written into this document. The account manager shares them once through the password manager, and the client changes every admin password after launch.' % client(r)[0]
def checklist(r): return '- [ ] Admin passwords are at least 16 characters\n- [ ] No password is pasted into Slack, Trello or the handover sheet\n- [ ] Two-factor login is enforced for shop managers (%s)' % r.choice(FIRST)
def op_refs(r): return 'SFTP_PASSWORD=op://Clients/%s/sftp/password\nSTRIPE_SECRET_KEY=op://Clients/%s/stripe/credential' % (client(r)[0].replace(' ', '-'), client(r)[0].replace(' ', '-'))
def getenv_refs(r): return "define( 'DB_PASSWORD', getenv( 'DB_PASSWORD' ) );\ndefine( 'SMTP_PASS', $_ENV['SMTP_PASS'] ?? '' );\n// values injected by %s hosting panel" % r.choice(['Kinsta', 'Cloudways', 'WP Engine'])
def pk_js(r): return "const stripe = Stripe('pk_live_51%s');\nconst elements = stripe.elements();" % rstr(r, CS['a'], 96)
def ga_ids(r): return "gtag('config', 'G-%s');\n<!-- GTM-%s -->\nfbq('init', '%d');" % (rstr(r, UP + DIG, 10), rstr(r, UP + DIG, 7), r.randint(10 ** 14, 10 ** 15))
def test_cards(r): return 'Sandbox test cards\n4242 4242 4242 4242  any CVC  12/%d\n4000 0027 6000 3184  3-D Secure\nTest login: demo@example.com / password123' % r.randint(26, 34)
def cypress_fix(r): return '{"customer":{"email":"cypress+%d@example.com","password":"not-a-real-password"},"coupon":"TESTONLY"}' % r.randint(1, 999)
def gid_export(r): return 'id,name,created_at\n' + '\n'.join('gid://shopify/Order/%d,#%d,2024-0%d-1%d' % (r.randint(10 ** 12, 10 ** 13), r.randint(1000, 9999), r.randint(1, 9), r.randint(0, 9)) for _ in range(3))
def pi_log(r): return '\n'.join('[stripe] %s succeeded for order %d (%s)' % (p + rstr(r, CS['a'], 24), r.randint(1000, 9999), 'evt_' + rstr(r, CS['a'], 24)) for p in ['pi_3', 'ch_3'])
def plugin_versions(r): return 'Plugin | Version | Update\nWooCommerce | %d.%d.%d | yes\nElementor | 3.%d.%d | no\nYoast SEO | 2%d.%d | yes' % (r.randint(7, 9), r.randint(0, 9), r.randint(0, 5), r.randint(10, 25), r.randint(0, 9), r.randint(0, 3), r.randint(0, 9))
def cache_bust(r): return '<link rel="stylesheet" href="/wp-content/themes/%s/style.css?ver=%s">\n<script src="/assets/app.%s.js"></script>' % (r.choice(['storefront', 'astra', 'kadence']), h(r, 20), h(r, 8))
def minified(r): return 'function %s(e,t){var n=%s(e);return n.%s(t)}var %s=%s.%s;' % tuple(rstr(r, LOW + UP, r.randint(2, 3)) for _ in range(6))
def css_modules(r): return '<div class="ProductCard_root__%s ProductCard_price__%s"><span class="Badge_sale__%s">-20%%</span></div>' % (rstr(r, CS['u'], 5), rstr(r, CS['u'], 5), rstr(r, CS['u'], 5))
def utm_urls(r): return 'https://%s/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring_%d&utm_content=%s' % (client(r)[1], r.randint(2023, 2025), h(r, 12))
def click_ids(r): return 'landing_url,fbclid,gclid\n/sale,IwAR%s,Cj0KCQ%s' % (rstr(r, CS['u'], 40), rstr(r, CS['u'], 50))
def coupons(r): return 'code,discount,uses\n' + '\n'.join('%s-%s,%d%%,%d' % (r.choice(['SPRING', 'WELCOME', 'VIP']), rstr(r, UP + DIG, 6), r.choice([10, 15, 20]), r.randint(0, 300)) for _ in range(3))
def order_numbers(r): return 'Invoice list\n' + '\n'.join('INV-%d-%s  %s  paid' % (r.randint(2023, 2025), rstr(r, UP + DIG, 8), client(r)[0]) for _ in range(3))
BASES = {
 'public_key_or_certificate': {'dkim_selector_txt_record': dkim, 'saml_idp_metadata_signing_cert': saml},
 'placeholder_or_redacted': {'gateway_settings_template_placeholders': wc_ph, 'handover_table_redacted_cells': handover_red},
 'digest_or_checksum': {'plugin_zip_sha256sums_listing': plugin_sha, 'deployed_static_asset_md5_manifest': static_manifest},
 'ciphertext_or_sealed_value': {'laravel_encrypted_session_cookie': laravel_cookie, 'ansible_vault_client_vars': ansible_vault},
 'masked_partial_value': {'payment_dashboard_masked_key_list': masked_keys, 'order_export_card_last4_csv': card_last4},
 'password_hash_not_plaintext': {'wp_users_phpass_hash_rows': phpass, 'magento_admin_user_salted_hash_rows': magento_hash},
 'password_prose_no_value': {'client_password_policy_paragraph': policy, 'agency_launch_security_checklist': checklist},
 'secret_store_reference': {'onepassword_op_uri_env_refs': op_refs, 'wp_config_getenv_lookups': getenv_refs},
 'publishable_client_key': {'stripe_js_publishable_init': pk_js, 'tag_and_pixel_public_ids': ga_ids},
 'test_fixture_fake_credential': {'sandbox_test_card_cheatsheet': test_cards, 'cypress_checkout_fixture_json': cypress_fix},
 'uuid_or_request_identifier': {'shopify_gid_order_csv': gid_export, 'payment_intent_webhook_log': pi_log},
 'version_or_build_string': {'plugin_update_status_table': plugin_versions, 'theme_asset_version_query': cache_bust},
 'code_identifier_lookalike': {'minified_bundle_mangled_names': minified, 'css_module_hashed_classes': css_modules},
 'marketing_tracking_identifier': {'utm_tagged_campaign_link': utm_urls, 'ad_click_id_landing_export': click_ids},
 'commerce_reference_code': {'discount_code_export_csv': coupons, 'invoice_number_listing': order_numbers},
}
NEW_CLASSES = ['marketing_tracking_identifier', 'commerce_reference_code']
WRAPPERS = {
 '': '{B}',
 '__in_client_handover_email': 'Subject: {C} – handover pack\n\nHi, pasting the relevant part below:\n\n{B}\n\nThanks, {N}',
 '__in_agency_retainer_report': 'Monthly retainer report – {C}\nSection 4: technical notes\n{B}\nNext review: first Monday',
 '__in_shop_support_ticket': 'Ticket #{I} ({C})\nCustomer wrote:\n> see attached\n{B}\nStatus: waiting on client',
 '__in_campaign_brief_doc': 'Campaign brief: {C} spring push\nChannels: email, paid social\nAppendix:\n{B}',
 '__in_plugin_changelog_entry': '= {I}.0 =\n* Fixed: checkout sync\n* Note for integrators:\n{B}',
}
def docs():
    aws = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    stripe_doc = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc'
    md5h = hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest()
    sha1h = hmac.new(b'\x0b' * 20, b'Hi There', 'sha1').hexdigest()
    e256 = hashlib.sha256(b'').hexdigest()
    assert md5h == '9294727a3638bb1c13f48ef8158bfc9d'
    assert sha1h == 'b617318655057264e28bc0b6fb378c8ef146be00'
    assert e256 == 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    vals = {'aws_docs_example_secret_in_s3_media_offload_guide': aws, 'stripe_docs_test_key_in_checkout_tutorial': stripe_doc,
            'rfc2202_hmac_md5_case1_in_webhook_plugin_tests': md5h, 'rfc2202_hmac_sha1_case1_in_ipn_verifier_readme': sha1h,
            'sha256_empty_input_in_feed_cache_docs': e256}
    texts = {
     'aws_docs_example_secret_in_s3_media_offload_guide': 'WP Offload Media setup (from the AWS documentation example, not a real key):\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = %s' % aws,
     'stripe_docs_test_key_in_checkout_tutorial': 'Tutorial step 2: the Stripe docs use the public sample test key %s — replace it with your own.' % stripe_doc,
     'rfc2202_hmac_md5_case1_in_webhook_plugin_tests': "// RFC 2202 test case 1 (key = 0x0b * 16, data = 'Hi There')\nassertSame('%s', hmac_md5(...));" % md5h,
     'rfc2202_hmac_sha1_case1_in_ipn_verifier_readme': 'Self-test: HMAC-SHA1 of "Hi There" with key 0x0b x 20 must be %s (RFC 2202 case 1).' % sha1h,
     'sha256_empty_input_in_feed_cache_docs': 'If the product feed is empty its cache key is the SHA-256 of nothing: %s' % e256,
    }
    return vals, texts

def gen():
    r = random.Random(6306)
    out = []
    for cls, bases in BASES.items():
        for bk, fn in bases.items():
            for wk, wt in WRAPPERS.items():
                c, d = client(r)
                text = fill(wt, C=c, N=r.choice(FIRST), I=r.randint(100, 9999)).replace('{B}', fn(r))
                out.append({'class': cls, 'container': bk + wk, 'text': text, 'source': 'negative'})
    vals, texts = docs()
    for k, t in texts.items():
        out.append({'class': 'vendor_documentation_value', 'container': k, 'text': t, 'source': 'negative'})
    return out, vals
