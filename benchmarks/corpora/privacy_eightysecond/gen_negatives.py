"""Hard negatives from the frontend world (seed 8206)."""
import base64, hashlib, hmac, json, random
from common import rs, uuid4, b64u_json, AN, HEX, B64, B64U, LC

# documentation values (recomputed and compared in build.py)
DOC = {
    'sha256_empty': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'md5_abc': '900150983cd24fb0d6963f7d28e17f72',
    'sha384_abc': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    'jwt_io_default': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    'aws_doc_secret': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
}


def recompute():
    h, p, s = DOC['jwt_io_default'].split('.')
    sig = base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', (h + '.' + p).encode(), hashlib.sha256).digest()).decode().rstrip('=')
    return {'sha256_empty': hashlib.sha256(b'').hexdigest(), 'md5_abc': hashlib.md5(b'abc').hexdigest(),
            'sha384_abc': hashlib.sha384(b'abc').hexdigest(), 'jwt_io_default': h + '.' + p + '.' + sig}


def _h(r, n):
    return rs(r, HEX, n)


BASE = {
    'public_key_or_certificate': [
        ('webauthn_passkey_public_key_row', lambda r: 'credential_id,public_key_cose,sign_count\n%s,pQECAyYgASFYI%s,%d\n' % (rs(r, B64U, 43), rs(r, B64U, 62), r.randint(0, 90))),
        ('jwks_endpoint_rsa_modulus', lambda r: '{"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "alg": "RS256", "n": "%s", "e": "AQAB"}]}\n' % (_h(r, 16), rs(r, B64U, 342))),
    ],
    'placeholder_or_redacted': [
        ('env_example_template_file', lambda r: '# copy to .env.local\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nNEXTAUTH_SECRET=<run: openssl rand -base64 32>\nDATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/%s\nRESEND_API_KEY=re_xxxxxxxxxxxxxxxx\n' % rs(r, LC, 6)),
        ('deploy_log_redacted_env_dump', lambda r: '%02d:%02d:%02d.%03d  Injecting env: AUTH_SECRET=[REDACTED] SUPABASE_SECRET_API_KEY=[REDACTED] build=%s\n' % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), _h(r, 7))),
    ],
    'digest_or_checksum': [
        ('sri_integrity_script_tags', lambda r: '<script src="https://cdn.example.dev/lib@%d.%d.%d/dist/lib.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>\n' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 20), rs(r, B64, 64))),
        ('lockfile_integrity_sha512_entries', lambda r: '"node_modules/%s": {\n  "version": "%d.%d.%d",\n  "integrity": "sha512-%s=="\n}\n' % (rs(r, LC, 7), r.randint(1, 9), r.randint(0, 30), r.randint(0, 30), rs(r, B64, 86))),
    ],
    'ciphertext_or_sealed_value': [
        ('dotenvx_encrypted_env_file', lambda r: '#/-------------------[DOTENV_PUBLIC_KEY]--------------------/\nDOTENV_PUBLIC_KEY="03%s"\nSTRIPE_SECRET_KEY="encrypted:BD%s"\n' % (_h(r, 64), rs(r, B64, 150))),
        ('iron_sealed_cookie_header', lambda r: 'set-cookie: app_session=Fe26.2**%s*%s*%s**%s*%s; Path=/; HttpOnly; Secure\n' % (_h(r, 64), rs(r, B64U, 22), rs(r, B64U, 150), _h(r, 64), rs(r, B64U, 43))),
    ],
    'masked_partial_value': [
        ('hosting_dashboard_masked_env_list', lambda r: 'STRIPE_SECRET_KEY      sk_live_••••••••••%s   Production   %dd ago\n' % (rs(r, AN, 4), r.randint(1, 90))),
        ('payments_dashboard_key_last4_rows', lambda r: 'Restricted key   rk_live_...%s   created %d Mar\nSecret key       sk_live_...%s   last used %d min ago\n' % (rs(r, AN, 4), r.randint(1, 28), rs(r, AN, 4), r.randint(1, 59))),
    ],
    'password_hash_not_plaintext': [
        ('bcrypt_seed_users_json', lambda r: '{"email": "%s@example.dev", "passwordHash": "$2b$10$%s"}\n' % (rs(r, LC, 6), rs(r, AN + './', 53))),
        ('argon2id_auth_table_dump', lambda r: ' %d | %s@example.dev | $argon2id$v=19$m=19456,t=2,p=1$%s$%s\n' % (r.randint(1, 999), rs(r, LC, 5), rs(r, B64[:-2], 22), rs(r, B64[:-2], 43))),
    ],
    'password_prose_no_value': [
        ('signup_form_password_rules_copy', lambda r: 'Password must be at least %d characters and must not match your email. We never store your password in plain text and support staff will never ask for it.\n' % r.randint(10, 16)),
        ('password_reset_flow_adr', lambda r: 'ADR-%03d: reset links expire after %d minutes; the new password is hashed with argon2id before it reaches the database, and it is never logged or sent back in the API response.\n' % (r.randint(1, 300), r.randint(10, 60))),
    ],
    'code_identifier_lookalike': [
        ('css_modules_hashed_classnames', lambda r: '<button class="Button_primary__%s Button_large__%s">Buy</button>\n' % (rs(r, B64U, 5), rs(r, B64U, 5))),
        ('i18n_extracted_message_ids', lambda r: '{"%s": "Add to cart", "%s": "Checkout", "%s": "Sign in"}\n' % (rs(r, AN, 8), rs(r, AN, 8), rs(r, AN, 8))),
    ],
    'uuid_or_request_identifier': [
        ('deployment_and_request_ids', lambda r: 'deploymentId: dpl_%s\nx-request-id: fra1::iad1::%s-%d-%s\n' % (rs(r, AN, 28), rs(r, LC, 5), 1740000000000 + r.randint(0, 10 ** 9), _h(r, 12))),
        ('edge_ray_id_access_log', lambda r: '%s - GET /_next/static/chunks/main.js 200 cf-ray=%s-FRA trace=%s\n' % ('203.0.113.%d' % r.randint(1, 254), _h(r, 16), uuid4(r))),
    ],
    'publishable_client_key': [
        ('firebase_web_app_config_object', lambda r: 'const firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "%s.firebaseapp.com",\n  appId: "1:%d:web:%s",\n};\n' % (rs(r, B64U, 35), rs(r, LC, 8), r.randint(10 ** 11, 10 ** 12), _h(r, 22))),
        ('browser_sdk_public_keys_env', lambda r: 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nNEXT_PUBLIC_SUPABASE_ANON_KEY=%s.%s.%s\nNEXT_PUBLIC_MAPBOX_TOKEN=pk.%s.%s\n' % (rs(r, AN, 97), b64u_json({'alg': 'HS256', 'typ': 'JWT'}), b64u_json({'iss': 'supabase', 'ref': rs(r, LC, 20), 'role': 'anon'}), rs(r, B64U, 43), b64u_json({'u': rs(r, LC, 8), 'a': rs(r, LC, 28)}), rs(r, B64U, 22))),
    ],
    'secret_store_reference': [
        ('ci_secrets_context_reference', lambda r: '      - run: pnpm build\n        env:\n          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY_%s }}\n' % rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)),
        ('workers_secrets_store_binding', lambda r: '[[secrets_store_secrets]]\nbinding = "API_KEY_%s"\nstore_id = "%s"\nsecret_name = "api-key"\n' % (rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3), _h(r, 32))),
    ],
    'test_fixture_fake_credential': [
        ('msw_mock_handler_fake_login', lambda r: "http.post('/api/login', async () => HttpResponse.json({ user: 'demo%d', password: 'test1234', token: 'fake-jwt-token' }))\n" % r.randint(1, 99)),
        ('e2e_seed_demo_user_fixture', lambda r: "export const demoUser = { email: 'demo+%d@example.com', password: 'Password123!' }; // seeded in the throwaway test DB\n" % r.randint(1, 999)),
    ],
    'version_or_build_string': [
        ('browserslist_target_versions', lambda r: 'and_chr %d\nchrome %d\nfirefox %d\nios_saf %d.%d\nsafari %d.%d\n' % (r.randint(110, 131), r.randint(110, 131), r.randint(100, 133), r.randint(15, 18), r.randint(0, 6), r.randint(15, 18), r.randint(0, 6))),
        ('next_build_id_version_report', lambda r: 'Next.js %d.%d.%d\nBUILD_ID %s\nnode v%d.%d.%d\n' % (r.randint(13, 15), r.randint(0, 5), r.randint(0, 30), rs(r, B64U, 21), r.randint(18, 22), r.randint(0, 19), r.randint(0, 9))),
    ],
    'csrf_or_csp_nonce_value': [
        ('csp_nonce_response_header', lambda r: "content-security-policy: default-src 'self'; script-src 'nonce-%s' 'strict-dynamic'\n" % rs(r, B64, 22)),
        ('csrf_hidden_form_field', lambda r: '<form method="post" action="/account/email">\n  <input type="hidden" name="_csrf" value="%s">\n</form>\n' % rs(r, B64U, 36)),
    ],
    'content_hashed_asset_name': [
        ('vite_manifest_hashed_chunks', lambda r: '{"src/main.tsx": {"file": "assets/index-%s.js", "css": ["assets/index-%s.css"], "isEntry": true}}\n' % (rs(r, B64U, 8), rs(r, B64U, 8))),
        ('sourcemap_debug_id_trailer', lambda r: '//# debugId=%s\n//# sourceMappingURL=main.%s.js.map\n' % (uuid4(r), _h(r, 20))),
    ],
}
WRAPPERS = [
    ('in_preview_deploy_summary', 'Preview deployment summary (branch feat/%s):\n\n%s\nNo action needed, posted by the deploy bot.\n'),
    ('in_frontend_rfc_doc', '## RFC: %s\n\nExample from the current setup:\n\n```\n%s```\n'),
    ('in_storybook_docs_page', '<!-- Docs.mdx: %s -->\n<Source code={`%s`} />\n'),
    ('in_code_review_suggestion', 'Review on src/%s.ts: this is fine to keep, it is not a secret.\n> %s'),
    ('in_browser_bug_report', 'Bug report (%s): attaching what devtools showed.\n---\n%s---\n'),
]
DOC_KINDS = [
    ('sha256_empty_in_asset_cache_notes', lambda: 'Cache note: an empty chunk always hashes to sha256 %s, so seeing it in the manifest means the bundle was empty.\n' % DOC['sha256_empty']),
    ('md5_abc_in_etag_tutorial', lambda: 'Tutorial: the weak ETag of the body "abc" is MD5 %s, as every MD5 test vector list shows.\n' % DOC['md5_abc']),
    ('sha384_abc_in_sri_explainer', lambda: 'SRI explainer: SHA-384 of "abc" is %s (the FIPS 180 example), which becomes the base64 after sha384-.\n' % DOC['sha384_abc']),
    ('jwt_io_default_token_in_auth_course', lambda: 'Course slide 4: paste the jwt.io sample token %s into the debugger and verify it with your-256-bit-secret.\n' % DOC['jwt_io_default']),
    ('aws_docs_example_secret_in_upload_guide', lambda: 'Upload guide: the AWS docs use the example secret access key %s; replace it with your own from the console.\n' % DOC['aws_doc_secret']),
]


def generate():
    rng = random.Random(8206)
    out = []
    for cls, kinds in BASE.items():
        for kind, f in kinds:
            out.append(dict(cls=cls, container=kind, text=f(rng)))
            for wname, wt in WRAPPERS:
                body = f(rng)
                out.append(dict(cls=cls, container=kind + '__' + wname, text=wt % (rs(rng, LC, 6), body)))
    for kind, f in DOC_KINDS:
        out.append(dict(cls='vendor_documentation_value', container=kind, text=f()))
    return [dict(cls=o['cls'], container=o['container'], text=o['text']) for o in out]
