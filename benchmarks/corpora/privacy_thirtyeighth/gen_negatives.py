"""Hard negatives: look-alikes found in infra / source / conversation files."""
import random, base64, hashlib, string
from common import G

def B(g):
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    return {
 "placeholder_or_redacted": {
   "ansible_vars_replace_me_value": lambda: f"# group_vars/prod.yml\ndb_user: app\ndb_password: \"REPLACE_ME\"\napi_token: \"<set-in-vault-{g.lo(4)}>\"\n",
   "compose_env_angle_bracket_todo": lambda: f"services:\n  api:\n    environment:\n      STRIPE_SECRET_KEY: \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\"\n      SMTP_PASSWORD: \"<TODO: ask {g.r.choice(['Ana','Ravi','Mo'])}>\"\n"},
 "secret_store_reference": {
   "helm_existing_secret_reference": lambda: f"auth:\n  existingSecret: pg-credentials-{g.lo(5)}\n  secretKeys:\n    adminPasswordKey: postgres-password\n",
   "terraform_secretsmanager_data_source": lambda: f"data \"aws_secretsmanager_secret_version\" \"db\" {{\n  secret_id = \"prod/orders/db-{g.lo(6)}\"\n}}\npassword = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n"},
 "code_identifier_lookalike": {
   "go_struct_secret_field_tags": lambda: f"type Config struct {{\n\tAPIKey      string `env:\"API_KEY,required\"`\n\tDBPassword  string `env:\"DB_PASSWORD\" json:\"-\"`\n\tTokenTTL{g.up(2)}  time.Duration\n}}\n",
   "java_constant_property_names": lambda: f"public static final String PASSWORD_PROPERTY = \"spring.datasource.password\";\npublic static final String SECRET_KEY_HEADER = \"X-Secret-Key\";\nprivate static final int TOKEN_LEN_{g.dg(2)} = 40;\n"},
 "digest_or_checksum": {
   "image_digest_pinned_deployment": lambda: f"      containers:\n        - name: api\n          image: registry.corp.example/api@sha256:{g.hx(64)}\n",
   "terraform_lock_hcl_hashes": lambda: f"provider \"registry.terraform.io/hashicorp/aws\" {{\n  version = \"5.{g.r.randint(10,80)}.0\"\n  hashes = [\n    \"h1:{g.b64(43)}=\",\n    \"zh:{g.hx(64)}\",\n  ]\n}}\n"},
 "commit_or_build_identifier": {
   "argocd_app_sync_revision_status": lambda: f"Name:     orders\nSync Status:  Synced to main ({g.hx(7)})\nRevision:     {g.hx(40)}\nHealth Status: Healthy\n",
   "ci_checkout_commit_log_line": lambda: f"Fetching the repository\n/usr/bin/git checkout --progress --force {g.hx(40)}\nHEAD is now at {g.hx(7)} Merge pull request #{g.dg(4)} from corp/fix-timeouts\n"},
 "public_key_or_certificate": {
   "apt_signed_by_key_fingerprint": lambda: f"pub   rsa4096 2023-01-12 [SC]\n      {g.HX(40)}\nuid           [ unknown] Corp Packages <packages@corp.example>\n",
   "kubeconfig_ca_data_field": lambda: f"clusters:\n- cluster:\n    certificate-authority-data: {b64('-----BEGIN CERTIFICATE-----' + chr(10))}{g.b64(120)}\n    server: https://k8s.corp.example:6443\n"},
 "publishable_client_key": {
   "firebase_web_config_snippet": lambda: f"const firebaseConfig = {{\n  apiKey: \"AIza{g.b64u(35)}\",\n  authDomain: \"orders-{g.lo(4)}.firebaseapp.com\",\n  projectId: \"orders-{g.lo(4)}\",\n}};\n",
   "mapbox_public_pk_token_map_init": lambda: f"mapboxgl.accessToken = 'pk.eyJ1Ijoi{g.b64u(50)}.{g.b64u(22)}';\nconst map = new mapboxgl.Map({{ container: 'map' }});\n"},
 "test_fixture_fake_credential": {
   "pytest_fixture_dummy_password": lambda: f"@pytest.fixture\ndef user(db):\n    return User.objects.create_user(\"alice\", password=\"not-a-real-password-{g.dg(3)}\")\n",
   "go_table_test_fake_token": lambda: f"tests := []struct{{ name, token string }}{{\n\t{{\"empty\", \"\"}},\n\t{{\"fake\", \"FAKE-TOKEN-FOR-TESTS-{g.dg(4)}\"}},\n}}\n"},
 "password_hash_not_plaintext": {
   "etc_shadow_sha512_entry": lambda: f"deploy:$6${g.b64u(16).replace('-', '.').replace('_', '/')}${g.b64u(86).replace('-', '.').replace('_', '/')}:19{g.dg(3)}:0:99999:7:::\n",
   "htpasswd_apr1_entry_line": lambda: f"# /etc/nginx/.htpasswd\nmonitor:$apr1${g.an(8)}${g.b64u(22).replace('-', '.').replace('_', '/')}\n"},
 "ciphertext_or_sealed_value": {
   "ansible_vault_inline_encrypted": lambda: "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "".join(f"  {g.hx(80)}\n" for _ in range(3)),
   "sops_encrypted_yaml_value": lambda: f"db_password: ENC[AES256_GCM,data:{g.b64(24)},iv:{g.b64(43)}=,tag:{g.b64(22)}==,type:str]\nsops:\n  version: 3.9.{g.r.randint(0,4)}\n"},
 "uuid_or_request_identifier": {
   "nginx_access_log_request_ids": lambda: "".join(f"10.0.3.{g.r.randint(2,250)} - - [11/Mar/2025:09:1{i}:02 +0000] \"GET /api/orders HTTP/1.1\" 200 512 req_id={g.hx(32)}\n" for i in range(3)),
   "kubectl_get_pod_uid_output": lambda: f"metadata:\n  name: api-{g.lo(10)}-{g.lo(5)}\n  uid: {g.uuid()}\n  resourceVersion: \"{g.dg(8)}\"\n"},
 "version_or_build_string": {
   "dockerfile_from_pinned_tags": lambda: f"FROM node:20.{g.r.randint(1,18)}.{g.r.randint(0,9)}-bookworm-slim AS build\nFROM gcr.io/distroless/nodejs20-debian12:nonroot\nLABEL org.opencontainers.image.version=\"3.{g.r.randint(0,9)}.{g.r.randint(0,30)}+build.{g.dg(4)}\"\n",
   "systemd_version_feature_banner": lambda: f"systemd 252 (252.{g.r.randint(10,40)}-1~deb12u1)\n+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL\n"},
 "base64_non_secret_payload": {
   "configmap_binarydata_text_file": lambda: f"binaryData:\n  motd.txt: {b64('Welcome to build host ' + g.lo(4) + '. Unauthorised access is logged.')}\n",
   "cloud_init_userdata_base64_script": lambda: f"user_data_base64 = \"{b64('#!/bin/bash' + chr(10) + 'apt-get update && apt-get install -y nginx' + chr(10) + 'echo node-' + g.lo(4) + ' > /etc/hostname')}\"\n"},
 "url_or_anchor_lookalike": {
   "terraform_module_git_ref_source": lambda: f"module \"vpc\" {{\n  source = \"git::https://git.corp.example/infra/modules.git//vpc?ref={g.hx(40)}\"\n}}\n",
   "grafana_dashboard_share_link": lambda: f"see https://grafana.corp.example/d/{g.an(9)}/api-latency?orgId=1&var-env=prod&from=now-6h for the spike\n"},
 "masked_partial_value": {
   "kubectl_describe_secret_byte_counts": lambda: f"Name:         api-env\nType:  Opaque\n\nData\n====\nDB_PASSWORD:        {g.r.randint(12,24)} bytes\nSTRIPE_SECRET_KEY:  {g.r.randint(100,110)} bytes\n",
   "ci_log_redacted_env_listing": lambda: f"Environment:\n  AWS_SECRET_ACCESS_KEY=[MASKED]\n  GITHUB_TOKEN=ghp_****************************{g.an(4)}\n  DEPLOY_ENV=prod\n"},
 "signature_value": {
   "cosign_signature_annotation": lambda: f"annotations:\n  dev.sigstore.cosign/signature: MEUCIQ{g.b64(40)}AiA{g.b64(40)}\n  dev.sigstore.cosign/bundle: {{\"logIndex\":{g.dg(8)}}}\n",
   "slack_request_signature_log": lambda: f"INFO verify: X-Slack-Request-Timestamp=17{g.dg(8)} X-Slack-Signature=v0={g.hx(64)} ok\n"},
    }

WRAP = {
 "": lambda t, g: t,
 "__in_support_ticket_quote": lambda t, g: f"Ticket #{g.dg(5)} – customer attached this file:\n\n" + "".join("> " + l + "\n" for l in t.rstrip("\n").split("\n")),
 "__in_email_forward_body": lambda t, g: "---------- Forwarded message ---------\nFrom: Ops <ops@corp.example>\nSubject: config for review\n\n" + t,
 "__in_ci_log_group": lambda t, g: "##[group]cat config\n" + t + "##[endgroup]\n",
 "__in_chat_code_fence": lambda t, g: "Ravi 11:02\nis this safe to commit?\n```\n" + t + "```\n",
 "__in_source_comment_block": lambda t, g: "/*\n" + "".join(" * " + l + "\n" for l in t.rstrip("\n").split("\n")) + " */\n",
}

def hmac_rfc_note(): return None

DOC = [
 ("aws_provider_docs_example_keypair", "provider \"aws\" {\n  # values from the AWS documentation examples\n  access_key = \"AKIAIOSFODNN7EXAMPLE\"\n  secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\n}\n", ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
 ("k8s_docs_secret_admin_example", "# from the Kubernetes Secret docs\ndata:\n  username: YWRtaW4=\n  password: MWYyZDFlMmU2N2Rm\n", ["MWYyZDFlMmU2N2Rm"]),
 ("rfc6750_bearer_example_request", "GET /resource HTTP/1.1\nHost: server.example.com\nAuthorization: Bearer mF_9.B5f-4.1JqM\n", ["mF_9.B5f-4.1JqM"]),
 ("rfc6749_client_credentials_example", "POST /token HTTP/1.1\nHost: server.example.com\nAuthorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW\n", ["czZCaGRSa3F0MzpnWDFmQmF0M2JW"]),
 ("redis_docs_requirepass_foobared", "# redis.conf comment from the upstream docs\n# requirepass foobared\n", ["foobared"]),
]

def build(seed=38006):
    r = random.Random(seed); g = G(r); out = []
    for cls, kinds in B(g).items():
        for kind, fn in kinds.items():
            for w, wf in WRAP.items():
                out.append(dict(cls=cls, container=kind + w, text=wf(fn(), g)))
    for kind, text, vals in DOC:
        out.append(dict(cls="vendor_documentation_value", container=kind, text=text, _doc=vals))
    # recompute the RFC 6749 Basic value (client s6BhdRkqt3 : gX1fBat3bV)
    assert base64.b64encode(b"s6BhdRkqt3:gX1fBat3bV").decode() == "czZCaGRSa3F0MzpnWDFmQmF0M2JW"
    assert base64.b64decode("MWYyZDFlMmU2N2Rm") == b"1f2d1e2e67df" and base64.b64decode("YWRtaW4=") == b"admin"
    return out
