"""Hard negatives from the API-testing world (nothing here is a usable secret)."""
import random, hashlib, base64, json
from common92 import *

def h(r, n): return rs(r, n, HEX)

BASES = {
 "collection_or_workspace_uid": {
  "postman_collection_info_block": lambda r: '"info": {\n  "_postman_id": "%s",\n  "name": "Orders API",\n  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",\n  "_exporter_id": "%d"\n}' % (uuid4(r), r.randint(10**7, 10**8)),
  "postman_share_link_uids": lambda r: 'Fork from https://www.postman.com/acme-api/workspace/orders/collection/%d-%s\nworkspace id %s' % (r.randint(10**7, 10**8), uuid4(r), uuid4(r)),
 },
 "template_variable_reference": {
  "rest_client_dotenv_and_processenv_refs": lambda r: '@token = {{$dotenv STAGING_TOKEN}}\n@key = {{$processEnv %s_KEY}}\nGET https://{{host}}/v1/me\nAuthorization: Bearer {{token}}' % rs(r, 5, string.ascii_uppercase),
  "k6_env_and_bruno_processenv_refs": lambda r: "const token = __ENV.K6_API_TOKEN;\n// bruno: auth:bearer { token: {{process.env.API_TOKEN_%s}} }\nhttp.get(url, { headers: { Authorization: `Bearer ${token}` } });" % rs(r, 3, string.ascii_uppercase),
 },
 "masked_credential_in_client_output": {
  "httpie_verbose_masked_header": lambda r: 'GET /v1/me HTTP/1.1\nAuthorization: Bearer ********\nUser-Agent: HTTPie/3.2.%d\nX-Request-Id: %s' % (r.randint(1, 4), uuid4(r)),
  "newman_cli_redacted_env_table": lambda r: '│ %s │ <redacted>  │\n│ baseUrl        │ https://%s │\n│ apiKey         │ ••••••••••  │' % (rs(r, 14, string.ascii_lowercase), r.choice(HOSTS)),
 },
 "openapi_security_scheme_declaration": {
  "openapi_components_security_schemes": lambda r: 'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n# operation %s' % rs(r, 8, string.ascii_lowercase),
  "swagger2_security_definitions_oauth": lambda r: 'securityDefinitions:\n  petstore_auth:\n    type: oauth2\n    flow: implicit\n    authorizationUrl: https://%s/oauth/dialog\n    scopes:\n      write:pets: modify pets\n      read:pets: read pets' % r.choice(HOSTS),
 },
 "request_trace_correlation_id": {
  "response_headers_trace_ids": lambda r: 'HTTP/2 200\nx-request-id: %s\ntraceparent: 00-%s-%s-01\ncf-ray: %s-FRA' % (uuid4(r), h(r, 32), h(r, 16), h(r, 16)),
  "k6_summary_failed_request_ids": lambda r: '✗ status is 200\n  ↳  97%% — ✓ %d / ✗ %d\nfailed request ids: %s, %s' % (r.randint(900, 999), r.randint(1, 40), uuid4(r), uuid4(r)),
 },
 "entity_tag_and_content_digest": {
  "etag_and_digest_response_headers": lambda r: 'ETag: W/"%s"\nContent-Digest: sha-256=:%s:\nLast-Modified: Tue, 1%d Nov 2025 08:00:00 GMT' % (h(r, 32), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), r.randint(0, 9)),
  "wiremock_request_journal_body_hash": lambda r: '{"id": "%s", "request": {"url": "/v1/orders", "bodySha256": "%s"}, "wasMatched": true}' % (uuid4(r), h(r, 64)),
 },
 "oauth_pkce_public_parameters": {
  "authorize_url_with_pkce_challenge": lambda r: 'https://auth.example.org/authorize?response_type=code&client_id=orders-spa&code_challenge=%s&code_challenge_method=S256&state=%s' % (rs(r, 43, B64URL), rs(r, 22, B64URL)),
  "insomnia_oauth2_pkce_debug_pane": lambda r: 'OAuth 2.0 (Authorization Code + PKCE)\n  client_id: %s\n  code_challenge: %s\n  nonce: %s' % (uuid4(r), rs(r, 43, B64URL), h(r, 16)),
 },
 "idempotency_and_dedup_key": {
  "curl_idempotency_key_header": lambda r: "$ curl -X POST https://%s/v1/payments -H 'Idempotency-Key: %s' -d @payment.json" % (r.choice(HOSTS), uuid4(r)),
  "artillery_dedup_key_csv": lambda r: 'order_ref,dedup_key\nORD-%d,%s\nORD-%d,%s' % (r.randint(1000, 9999), h(r, 24), r.randint(1000, 9999), h(r, 24)),
 },
 "jwks_public_key_material": {
  "jwks_json_rsa_public_key": lambda r: '{"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "alg": "RS256", "e": "AQAB", "n": "%s"}]}' % (h(r, 16), rs(r, 342, B64URL)),
  "jwt_header_kid_and_x5t": lambda r: 'decoded header: {"alg": "RS256", "kid": "%s", "x5t": "%s"}' % (rs(r, 27, B64URL), rs(r, 27, B64URL)),
 },
 "computed_webhook_signature": {
  "github_style_signature_header": lambda r: 'POST /hooks/orders HTTP/1.1\nX-Hub-Signature-256: sha256=%s\nX-Delivery: %s' % (h(r, 64), uuid4(r)),
  "stripe_style_signature_header": lambda r: 'Stripe-Signature: t=%d,v1=%s\n(received by mock at :8080)' % (1760000000 + r.randint(0, 999999), h(r, 64)),
 },
 "documentation_placeholder_value": {
  "readme_curl_example_placeholders": lambda r: "curl https://%s/v1/items \\\n  -H 'Authorization: Bearer <YOUR_API_TOKEN>' \\\n  -H 'X-API-Key: YOUR_API_KEY_HERE'" % r.choice(HOSTS),
  "openapi_example_schema_strings": lambda r: 'example:\n  api_key: "string"\n  client_secret: "xxxxxxxxxxxxxxxxxxxxxxxx"\n  password: "********"\n  id: %d' % r.randint(1, 999),
 },
 "payment_object_identifier": {
  "mock_response_object_ids": lambda r: '{"id": "ch_3%s", "customer": "cus_%s", "payment_intent": "pi_3%s", "status": "succeeded"}' % (rs(r, 23), rs(r, 14), rs(r, 23)),
  "sandbox_checkout_session_ids": lambda r: 'session cs_test_a1%s created for price_1%s (product prod_%s)' % (rs(r, 56), rs(r, 23), rs(r, 14)),
 },
 "browser_publishable_key": {
  "frontend_env_publishable_keys": lambda r: 'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nNEXT_PUBLIC_POSTHOG_KEY=phc_%s' % (rs(r, 97), rs(r, 43)),
  "map_widget_public_token": lambda r: "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZS1hcGkiLCJhIjoi%s'; // public, URL-restricted" % rs(r, 40, B64URL),
 },
 "secret_store_pointer": {
  "postman_vault_and_op_references": lambda r: '{"key": "apiKey", "value": "{{vault:orders-api-key}}"}\n# CI: op read "op://API Testing/%s/credential"' % rs(r, 10, string.ascii_lowercase),
  "aws_secretsmanager_arn_reference": lambda r: 'secretRef: arn:aws:secretsmanager:eu-west-1:%d:secret:staging/api-key-%s' % (r.randint(10**11, 10**12), rs(r, 6)),
 },
 "credential_talk_without_value": {
  "qa_chat_asking_for_password": lambda r: '%s: anyone have the password for the staging partner account? the one in the wiki expired\n%s: ask in #api-access, do not paste it here' % (r.choice(USERS), r.choice(USERS)),
  "test_plan_rotation_note": lambda r: 'Step %d: rotate the load-test user password in the vault, then re-run newman with --env-var from the vault. Never commit the value.' % r.randint(2, 9),
 },
 "dependency_integrity_hash": {
  "package_lock_integrity_line": lambda r: '"node_modules/newman": {\n  "version": "6.2.%d",\n  "integrity": "sha512-%s=="\n}' % (r.randint(0, 9), base64.b64encode(bytes(r.randrange(256) for _ in range(64))).decode()[:-2]),
  "go_sum_k6_extension_line": lambda r: 'go.k6.io/k6 v0.5%d.0 h1:%s=' % (r.randint(0, 9), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()[:-1]),
 },
}

WRAPPERS = [
 ("", "", ""),
 ("__in_collection_fork_review", "Review comment on the forked collection:\n", "\nLooks fine to merge."),
 ("__in_api_test_flake_ticket", "Ticket API-%d: flaky contract test. Attached output:\n", "\nRe-run passed."),
 ("__in_http_client_pairing_chat", "[pairing] pasted from my terminal:\n", "\n[pairing] ok, next request"),
 ("__in_load_test_postmortem_doc", "## Timeline\nAt 14:0%d the run logged:\n", "\nNo credentials were exposed."),
 ("__in_mock_server_readme", "### Example\n", "\nSee docs/mocks.md for details."),
]


def build(seed=9206):
    rng = random.Random(seed)
    recs = []
    for cls, bases in BASES.items():
        for base, fn in bases.items():
            for wname, pre, post in WRAPPERS:
                body = fn(rng)
                if "%d" in pre:
                    pre2 = pre % rng.randint(1, 9 if "14:0" in pre else 999)
                else:
                    pre2 = pre
                recs.append(dict(class_=cls, container=base + wname, text=pre2 + body + post))
    return recs
