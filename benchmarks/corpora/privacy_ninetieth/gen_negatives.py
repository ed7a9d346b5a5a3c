"""Hard negatives from the serverless / edge world: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import hashlib, random, zlib
from common import *

def _pk(r): return "pk_live_51" + rs(r, ALNUM, 97)
BASES = {
 "browser_publishable_client_key": [
   ("stripe_pk_live_in_checkout_island", lambda r: f"<script>const stripe = Stripe('{_pk(r)}');</script>"),
   ("turnstile_sitekey_in_widget_div", lambda r: f"<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA{rs(r, ALNUM + '_-', 14)}\"></div>")],
 "deployment_version_identifier": [
   ("wrangler_deploy_current_version_id", lambda r: f"Uploaded edge-api ({r.randint(2,9)}.{r.randint(10,99)} sec)\nDeployed edge-api triggers\nCurrent Version ID: {uuid4(r)}"),
   ("vercel_inspect_deployment_id", lambda r: f"> Fetched deployment \"edge-shop-{rs(r, L36, 9)}.vercel.app\"\n  id  dpl_{rs(r, ALNUM, 28)}")],
 "bundle_content_digest": [
   ("netlify_deploy_file_sha1_manifest", lambda r: "\n".join(f"/{n}: {rs(r, HEXL, 40)}" for n in ["index.html", "_next/static/app.js", "favicon.ico"])),
   ("esbuild_metafile_output_hashes", lambda r: "\n".join(f"dist/chunk-{rs(r, ALNUM.upper()[:36], 8)}.js  {r.randint(1,90)}.{r.randint(0,9)}kb" for _ in range(3)))],
 "function_invocation_request_id": [
   ("lambda_report_line_request_id", lambda r: f"REPORT RequestId: {uuid4(r)}\tDuration: {r.randint(2,900)}.{r.randint(10,99)} ms\tBilled Duration: {r.randint(3,901)} ms\tMemory Size: 512 MB"),
   ("azure_invocation_id_log", lambda r: f"[2025-07-01T10:01:02.{r.randint(100,999)}Z] Executed 'Functions.httpTrigger' (Succeeded, Id={uuid4(r)}, Duration={r.randint(3,400)}ms)")],
 "edge_request_trace_header": [
   ("cf_ray_response_headers", lambda r: f"cf-ray: {rs(r, HEXL, 16)}-AMS\ncf-cache-status: DYNAMIC\nserver: cloudflare"),
   ("x_vercel_id_and_amzn_trace", lambda r: f"x-vercel-id: fra1::iad1::{rs(r, L36, 5)}-{r.randint(10**12, 10**13)}-{rs(r, HEXL, 12)}\nx-amzn-trace-id: Root=1-{rs(r, HEXL, 8)}-{rs(r, HEXL, 24)}")],
 "secret_store_binding_reference": [
   ("cloudformation_dynamic_secret_reference", lambda r: "MasterUserPassword: '{{resolve:secretsmanager:orders/db-%s:SecretString:password}}'" % rs(r, ALNUM, 6)),
   ("azure_keyvault_app_setting_reference", lambda r: f"\"DB_PASSWORD\": \"@Microsoft.KeyVault(SecretUri=https://kv-edge-{rs(r, L36, 4)}.vault.azure.net/secrets/db/{rs(r, HEXL, 32)})\"")],
 "encrypted_env_ciphertext": [
   ("sops_encrypted_dotenv_line", lambda r: f"DB_PASSWORD=ENC[AES256_GCM,data:{b64(rand_bytes(r, 18))},iv:{b64(rand_bytes(r, 32))},tag:{b64(rand_bytes(r, 16))},type:str]"),
   ("lambda_kms_helper_encrypted_env", lambda r: f"\"DB_PASSWORD\": \"AQICAHh{b64(rand_bytes(r, 120))}\"  # encrypted with the helper KMS key, decrypt at runtime")],
 "masked_secret_listing_output": [
   ("wrangler_secret_list_json", lambda r: "[\n  { \"name\": \"SESSION_SECRET\", \"type\": \"secret_text\" },\n  { \"name\": \"%s\", \"type\": \"secret_text\" }\n]" % rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 10)),
   ("vercel_env_ls_encrypted_column", lambda r: f"  name               value        environments   created\n  DATABASE_URL       Encrypted    Production     {r.randint(2,30)}d ago\n  {rs(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', 9)}  Encrypted    Preview        {r.randint(2,30)}d ago")],
 "example_file_placeholder_value": [
   ("dev_vars_example_placeholders", lambda r: f"# copy to .dev.vars\nAPI_TOKEN=<your-api-token>\nSESSION_SECRET=changeme-{r.randint(1,9)}\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB"),
   ("local_settings_sample_placeholders", lambda r: "{ \"Values\": { \"DB_PASSWORD\": \"<set-me>\", \"API_KEY\": \"xxxxxxxx%s\" } }" % ("x" * r.randint(4, 12)))],
 "platform_resource_identifier": [
   ("wrangler_toml_kv_d1_ids", lambda r: f"[[kv_namespaces]]\nbinding = \"CACHE\"\nid = \"{rs(r, HEXL, 32)}\"\n\n[[d1_databases]]\nbinding = \"DB\"\ndatabase_id = \"{uuid4(r)}\"\naccount_id = \"{rs(r, HEXL, 32)}\""),
   ("neon_project_and_branch_ids", lambda r: f"project_id = \"{rs(r, L36, 5)}-{rs(r, L36, 5)}-{r.randint(10000000,99999999)}\"\nbranch_id  = \"br-{rs(r, L36, 5)}-{rs(r, L36, 5)}-{rs(r, L36, 8)}\"")],
 "cloud_resource_arn": [
   ("lambda_function_and_layer_arns", lambda r: f"arn:aws:lambda:eu-west-1:{rs(r, '0123456789', 12)}:function:orders-api\narn:aws:lambda:eu-west-1:{rs(r, '0123456789', 12)}:layer:deps:{r.randint(2,40)}"),
   ("secretsmanager_arn_random_suffix", lambda r: f"SecretArn: arn:aws:secretsmanager:eu-west-1:{rs(r, '0123456789', 12)}:secret:orders/db-{rs(r, ALNUM, 6)}")],
 "container_image_digest_pin": [
   ("cloud_run_revision_image_digest", lambda r: f"image: europe-docker.pkg.dev/shop/api/app@sha256:{rs(r, HEXL, 64)}"),
   ("fly_machine_image_ref_digest", lambda r: f"Image: registry.fly.io/edge-api@sha256:{rs(r, HEXL, 64)}")],
 "webhook_signature_header_value": [
   ("stripe_signature_header_capture", lambda r: f"Stripe-Signature: t={r.randint(1700000000,1760000000)},v1={rs(r, HEXL, 64)}"),
   ("svix_signature_headers", lambda r: f"svix-id: msg_{rs(r, ALNUM, 27)}\nsvix-timestamp: {r.randint(1700000000,1760000000)}\nsvix-signature: v1,{b64(rand_bytes(r, 32))}")],
 "credential_rotation_prose_without_value": [
   ("edge_runbook_rotation_steps", lambda r: f"Step {r.randint(2,6)}: generate a new database password in the Neon console, store it with `wrangler secret put`, redeploy, then revoke the old role password. Never paste the password itself into this page."),
   ("serverless_pr_review_no_secret", lambda r: f"Please don't hardcode the API key in handler.ts (line {r.randint(10,300)}); read it from the environment binding and keep the real value in the secret store.")],
 "local_emulator_fixed_credential": [
   ("localstack_test_test_profile", lambda r: f"[profile localstack]\naws_access_key_id = test\naws_secret_access_key = test\nendpoint_url = http://localhost:{r.choice([4566, 4567])}"),
   ("dynamodb_local_fake_keys", lambda r: f"docker run -p {r.randint(8000,8099)}:8000 amazon/dynamodb-local\nAWS_ACCESS_KEY_ID=fakeMyKeyId AWS_SECRET_ACCESS_KEY=fakeSecretAccessKey aws dynamodb list-tables --endpoint-url http://localhost:8000")],
}
L36 = "abcdefghijklmnopqrstuvwxyz0123456789"
WRAPS = [None, "in_edge_status_page_update", "in_platform_team_wiki_page", "in_worker_changelog_entry",
         "in_serverless_cost_review_thread", "in_function_code_review_note"]
WRAP_TXT = {
 "in_edge_status_page_update": ("Status update — investigating elevated errors. Captured output:\n", "\nNo credentials were exposed."),
 "in_platform_team_wiki_page": ("# Platform wiki / edge\nExample from our setup:\n\n", "\n"),
 "in_worker_changelog_entry": ("### v2.4.1\n- fixed cold-start regression; sample:\n", "\n"),
 "in_serverless_cost_review_thread": ("Re: cost review — here is what the logs show:\n", "\nNothing sensitive in there, it's fine to share."),
 "in_function_code_review_note": ("Review note on handler.ts:\n```\n", "\n```"),
}

AWS_DOC_AK = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SK = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
CRC32_CHECK = "cbf43926"
SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d"


def doc_values():
    assert hashlib.sha256(b"").hexdigest() == SHA256_EMPTY
    assert "%08x" % (zlib.crc32(b"123456789") & 0xffffffff) == CRC32_CHECK
    assert hashlib.sha1(b"abc").hexdigest() == SHA1_ABC
    return [AWS_DOC_AK, AWS_DOC_SK, SHA256_EMPTY, CRC32_CHECK, SHA1_ABC]


DOCS = [
 ("aws_docs_example_access_key_in_sam_guide", f"The SAM guide's credentials example uses the documentation key id {AWS_DOC_AK}; replace it with your own profile."),
 ("aws_docs_example_secret_in_lambda_tutorial", f"In the tutorial, aws_secret_access_key = {AWS_DOC_SK} is the AWS documentation placeholder, not a live key."),
 ("sha256_empty_input_in_layer_checksum_faq", f"If the layer zip checksum is {SHA256_EMPTY} you uploaded an empty file (that is SHA-256 of zero bytes)."),
 ("crc32_check_value_in_r2_upload_notes", f"Sanity test for the CRC32 checksum header: crc32(\"123456789\") must be {CRC32_CHECK}."),
 ("sha1_abc_vector_in_webhook_guide", f"Verify your SHA-1 helper first: SHA-1(\"abc\") = {SHA1_ABC} (FIPS 180 example)."),
]
DOC_CLASS = "documentation_example_literal"


def gen(seed=9006):
    r = random.Random(seed)
    recs = []
    for cls, kinds in BASES.items():
        for kind, f in kinds:
            for w in WRAPS:
                body = f(r)
                if w is None:
                    recs.append({"class": cls, "container": kind, "text": body, "source": "negative"})
                else:
                    a, b = WRAP_TXT[w]
                    recs.append({"class": cls, "container": kind + "__" + w, "text": a + body + b, "source": "negative"})
    doc_values()
    for kind, t in DOCS:
        recs.append({"class": DOC_CLASS, "container": kind, "text": t, "source": "negative"})
    return recs
