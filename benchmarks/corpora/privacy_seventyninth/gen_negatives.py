"""Hard negatives from the Kubernetes / GitOps world: 15 classes x 2 base kinds x 6 presentations + 5 documentation kinds."""
import base64, hashlib, hmac, random
from common import rs, uuid4, b64_of_bytes, NAMESPACES, APPS, CLUSTERS

SEED = 7906


def _pem_cert(r):
    body = b64_of_bytes(r, 330)
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return "-----BEGIN CERTIFICATE-----\n" + "MIID" + lines[4:] + "\n-----END CERTIFICATE-----"


def _ns(r):
    return r.choice(NAMESPACES)


def _app(r):
    return r.choice(APPS)


BASE = {
 "ciphertext_or_sealed_value": {
  "sealedsecret_encrypteddata_manifest": lambda r: f"apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: {_app(r)}\n  namespace: {_ns(r)}\nspec:\n  encryptedData:\n    password: AgB{rs(r, 'b64', 300)}==\n",
  "sops_encrypted_values_yaml": lambda r: f"db_password: ENC[AES256_GCM,data:{rs(r, 'b64', 24)},iv:{rs(r, 'b64', 43)}=,tag:{rs(r, 'b64', 22)}==,type:str]\nsops:\n    age:\n        - recipient: age1{rs(r, 'lbech', 58)}\n    lastmodified: \"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:00:00Z\"\n    mac: ENC[AES256_GCM,data:{rs(r, 'b64', 64)},type:str]\n",
 },
 "secret_store_reference": {
  "vault_agent_template_secret_block": lambda r: f"template {{\n  destination = \"/vault/secrets/{_app(r)}.env\"\n  contents = <<EOT\n{{{{ with secret \"kv/data/{_ns(r)}/{_app(r)}\" }}}}\nDB_PASSWORD={{{{ .Data.data.password }}}}\n{{{{ end }}}}\nEOT\n}}\n",
  "pod_env_secretkeyref_binding": lambda r: f"env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: {_app(r)}-db-{rs(r, 'la', 5)}\n        key: password\n  - name: API_TOKEN\n    valueFrom: {{secretKeyRef: {{name: {_app(r)}-api, key: token}}}}\n",
 },
 "public_key_or_certificate": {
  "cert_manager_issued_tls_crt": lambda r: f"# kubectl get secret {_app(r)}-tls -o jsonpath='{{.data.tls\\.crt}}' | base64 -d\n{_pem_cert(r)}\n",
  "sops_age_recipient_list": lambda r: "creation_rules:\n  - path_regex: clusters/.*\\.yaml\n    age: >-\n      " + ",\n      ".join("age1" + rs(r, "lbech", 58) for _ in range(3)) + "\n",
 },
 "digest_or_checksum": {
  "helm_chart_lock_digest": lambda r: f"dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 1{r.randint(0, 6)}.{r.randint(0, 9)}.{r.randint(0, 9)}\ndigest: sha256:{rs(r, 'hex', 64)}\ngenerated: \"2024-05-0{r.randint(1, 9)}T09:12:44Z\"\n",
  "image_digest_pinned_deployment": lambda r: f"containers:\n  - name: {_app(r)}\n    image: ghcr.io/platform/{_app(r)}@sha256:{rs(r, 'hex', 64)}\n  - name: envoy\n    image: envoyproxy/envoy@sha256:{rs(r, 'hex', 64)}\n",
 },
 "placeholder_or_redacted": {
  "chart_readme_values_table": lambda r: f"| Key | Type | Default | Description |\n|-----|------|---------|-------------|\n| auth.password | string | `\"\"` | Password for the {_app(r)} user (leave empty to generate) |\n| auth.existingSecret | string | `\"\"` | Name of an existing secret |\n| smtp.password | string | `\"<changeme>\"` | SMTP password |\n",
  "support_bundle_redacted_secret": lambda r: f"# troubleshoot.sh support bundle, cluster-resources/secrets/{_ns(r)}.json\n{{\"name\": \"{_app(r)}-creds\", \"data\": {{\"password\": \"***HIDDEN***\", \"token\": \"[REDACTED]\"}}}}\n",
 },
 "masked_partial_value": {
  "terraform_plan_sensitive_attrs": lambda r: f"  # kubernetes_secret.{_app(r).replace('-', '_')} will be updated in-place\n  ~ resource \"kubernetes_secret\" \"x\" {{\n      ~ data = (sensitive value)\n        id   = \"{_ns(r)}/{_app(r)}\"\n    }}\n",
  "argocd_app_diff_masked_secret": lambda r: f"===== /Secret {_ns(r)}/{_app(r)} ======\n11c11\n<   password: ++++++++\n---\n>   password: ++++++++++++\n",
 },
 "password_hash_not_plaintext": {
  "ingress_basic_auth_htpasswd_bcrypt": lambda r: f"# kubectl get secret basic-auth -o jsonpath='{{.data.auth}}' | base64 -d\n{r.choice(['ops', 'grafana', 'prom'])}:$2y$10${rs(r, 'b64', 53).replace('+', '.')}\n",
  "argocd_secret_admin_bcrypt": lambda r: f"apiVersion: v1\nkind: Secret\nmetadata: {{name: argocd-secret}}\nstringData:\n  admin.password: $2a$10${rs(r, 'b64', 53).replace('+', '.')}\n  admin.passwordMtime: '2024-0{r.randint(1, 9)}-02T10:11:12Z'\n",
 },
 "password_prose_no_value": {
  "platform_rotation_policy_memo": lambda r: f"Rotation policy ({_ns(r)}): database passwords are rotated every {r.randint(30, 90)} days by the Vault database engine. Never paste a password into a chart, a PR or a chat; reference the secret by name instead.\n",
  "gitops_onboarding_faq": lambda r: f"Q: Where do I find the Argo CD admin password?\nA: You don't. Log in with SSO; the initial admin secret is deleted after bootstrap on {r.choice(CLUSTERS)}. Ask #platform if SSO is down.\n",
 },
 "test_fixture_fake_credential": {
  "helm_unittest_dummy_secret": lambda r: f"tests:\n  - it: renders the secret\n    set:\n      auth.password: dummy-password-for-tests-{r.randint(1, 99)}\n    asserts:\n      - equal: {{path: stringData.password, value: dummy-password-for-tests}}\n",
  "kuttl_assert_fake_credentials": lambda r: f"# kuttl step {r.randint(0, 9)}-assert.yaml\napiVersion: v1\nkind: Secret\nstringData:\n  username: test-user\n  password: not-a-real-password\n",
 },
 "uuid_or_request_identifier": {
  "k8s_object_uid_listing": lambda r: "NAME                UID\n" + "\n".join(f"{_app(r):<19} {uuid4(r)}" for _ in range(3)) + "\n",
  "argocd_sync_operation_ids": lambda r: "\n".join(f"time=\"2024-06-0{r.randint(1, 9)}\" level=info msg=\"sync complete\" application={_app(r)} revision={rs(r, 'hex', 40)} operationId={uuid4(r)}" for _ in range(2)) + "\n",
 },
 "version_or_build_string": {
  "helm_list_chart_versions": lambda r: "NAME\tNAMESPACE\tREVISION\tSTATUS\tCHART\tAPP VERSION\n" + "\n".join(f"{_app(r)}\t{_ns(r)}\t{r.randint(1, 40)}\tdeployed\t{_app(r)}-{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}\t{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}" for _ in range(3)) + "\n",
  "kubectl_version_json": lambda r: f"{{\"serverVersion\": {{\"major\": \"1\", \"minor\": \"{r.randint(25, 31)}\", \"gitVersion\": \"v1.{r.randint(25, 31)}.{r.randint(0, 9)}-eks-{rs(r, 'hex', 7)}\", \"gitCommit\": \"{rs(r, 'hex', 40)}\", \"goVersion\": \"go1.22.{r.randint(0, 9)}\"}}}}\n",
 },
 "code_identifier_lookalike": {
  "pod_name_hash_suffix_list": lambda r: "NAME                                READY   STATUS\n" + "\n".join(f"{_app(r)}-{rs(r, 'la', 10)}-{rs(r, 'la', 5)}   1/1     Running" for _ in range(4)) + "\n",
  "gitops_commit_sha_log": lambda r: "\n".join(f"{rs(r, 'hex', 40)} chore({_app(r)}): bump image tag" for _ in range(3)) + "\n",
 },
 "publishable_client_key": {
  "oidc_public_client_id_values": lambda r: f"oidc:\n  issuer: https://login.platform.example/realms/{_ns(r)}\n  clientID: {uuid4(r)}\n  pkce: true   # public client, no secret\n",
  "sentry_browser_dsn_config": lambda r: f"window.SENTRY_DSN = \"https://{rs(r, 'hex', 32)}@o{rs(r, 'd', 6)}.ingest.sentry.io/{rs(r, 'd', 7)}\";\n",
 },
 "cloud_resource_identifier": {
  "tfstate_arn_attribute_dump": lambda r: f"\"attributes\": {{\n  \"arn\": \"arn:aws:iam::{rs(r, 'd', 12)}:role/{_app(r)}-irsa\",\n  \"unique_id\": \"AROA{rs(r, 'ua', 17)}\",\n  \"id\": \"{_app(r)}-irsa\"\n}}\n",
  "pulumi_stack_urn_listing": lambda r: "\n".join(f"urn:pulumi:{r.choice(CLUSTERS)}::platform::kubernetes:core/v1:Secret::{_app(r)}-{rs(r, 'la', 8)}" for _ in range(3)) + "\n",
 },
 "encoded_non_secret_config": {
  "secret_data_base64_nonsecret_fields": lambda r: f"data:\n  host: {base64.b64encode(('pg-' + _app(r) + '.' + _ns(r) + '.svc.cluster.local').encode()).decode()}\n  port: {base64.b64encode(str(r.choice([5432, 6432])).encode()).decode()}\n  username: {base64.b64encode(_app(r).encode()).decode()}\n",
  "kubeconfig_ca_data_field": lambda r: f"clusters:\n- cluster:\n    certificate-authority-data: {base64.b64encode(_pem_cert(r).encode()).decode()}\n    server: https://{rs(r, 'HEX', 32)}.gr7.eu-west-1.eks.amazonaws.com\n  name: {r.choice(CLUSTERS)}\n",
 },
}

WRAPPERS = {
 "": lambda t, r: t,
 "__in_platform_rfc_doc": lambda t, r: f"# Platform RFC {r.randint(10, 99)}: secret handling\n\nExample from the current setup:\n\n```\n{t}```\n",
 "__in_gitops_pr_description": lambda t, r: f"### What\nBump {_app(r)} and tidy manifests.\n\n### Snippet\n{t}\n- [x] helm template passes\n",
 "__in_cluster_postmortem": lambda t, r: f"Postmortem {r.choice(CLUSTERS)} – evidence collected:\n\n{t}\nNo credential was exposed in this artefact.\n",
 "__in_backstage_techdocs_page": lambda t, r: f"---\ntitle: {_app(r)} runbook\n---\n\n!!! note\n    The following is safe to share.\n\n{t}",
 "__in_slack_platform_channel_paste": lambda t, r: f"{r.choice(['mara', 'ines', 'yuki'])}: fyi, this is what it looks like now\n```{t}```\n",
}

_HM = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
DOC = {
 "sha256_empty_digest_in_oci_spec_note": ("vendor_documentation_value", "The empty blob always has the digest sha256:" + hashlib.sha256(b"").hexdigest() + " (OCI image spec); registries dedupe it.\n", hashlib.sha256(b"").hexdigest()),
 "rfc4231_case2_in_webhook_signing_doc": ("vendor_documentation_value", "To test your Flux webhook receiver HMAC, RFC 4231 test case 2 (key \"Jefe\") must give " + _HM + ".\n", _HM),
 "aws_example_secret_in_crossplane_provider_guide": ("vendor_documentation_value", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# example from the AWS docs, used in the Crossplane provider guide; create your own\n", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
 "kubeadm_example_token_in_bootstrap_doc": ("vendor_documentation_value", "kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:<hash>  # token as shown in the kubeadm reference docs\n", "abcdef.0123456789abcdef"),
 "k8s_secret_docs_example_in_chart_readme": ("vendor_documentation_value", "As in the Kubernetes Secret docs:\ndata:\n  username: " + base64.b64encode(b"admin").decode() + "\n  password: " + base64.b64encode(b"1f2d1e2e67df").decode() + "\n", base64.b64encode(b"1f2d1e2e67df").decode()),
}
PUBLISHED = {"sha256_empty": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
             "rfc4231_case2": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
             "k8s_docs_password_b64": "MWYyZDFlMmU2N2Rm"}


def doc_checks():
    assert hashlib.sha256(b"").hexdigest() == PUBLISHED["sha256_empty"]
    assert _HM == PUBLISHED["rfc4231_case2"]
    assert base64.b64encode(b"1f2d1e2e67df").decode() == PUBLISHED["k8s_docs_password_b64"]
    return [v[2] for v in DOC.values()]


def generate():
    rng = random.Random(SEED)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            for w in WRAPPERS:
                text = WRAPPERS[w](BASE[cls][kind](rng), rng)
                recs.append({"class": cls, "container": kind + w, "text": text, "source": "negative"})
    for kind in sorted(DOC):
        cls, text, _ = DOC[kind]
        recs.append({"class": cls, "container": kind, "text": text, "source": "negative"})
    return recs
