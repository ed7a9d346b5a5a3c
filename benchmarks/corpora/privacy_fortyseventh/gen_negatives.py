"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation records."""
import random, hashlib, hmac, base64, uuid
from common import rs, A, AL, AU, HEX, B64, B64U

def U(r): return str(uuid.UUID(int=r.getrandbits(128), version=4))

BASE = {
 "public_key_or_certificate": [
  ("sigstore_cosign_pub_snippet", lambda r: "cosign verify --key cosign.pub ghcr.io/acme/embedder:1.4\n# cosign.pub\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rs(r, 64, B64) + "\n" + rs(r, 24, B64) + "==\n-----END PUBLIC KEY-----"),
  ("jwks_endpoint_public_rsa_modulus", lambda r: '{"keys": [{"kty": "RSA", "use": "sig", "kid": "%s", "alg": "RS256", "e": "AQAB", "n": "%s"}]}' % (rs(r, 16, AL), rs(r, 172, B64U))),
 ],
 "placeholder_or_redacted": [
  ("agent_env_example_template", lambda r: "# copy to .env and fill in\nLLM_PROVIDER_KEY=<paste-your-key-here>\nVECTOR_DB_KEY=\nEMBEDDINGS_KEY=${EMBEDDINGS_KEY:?set me}\nRUN_ID=%d" % r.randint(1, 9999)),
  ("assistant_redacted_log_excerpt", lambda r: "[agent] tool call http.get headers={'Authorization': 'Bearer [REDACTED]'} status=200 latency=%dms\n[agent] key=sk-…**** (masked by log filter)" % r.randint(80, 900)),
 ],
 "digest_or_checksum": [
  ("model_weights_sha256_manifest", lambda r: "\n".join("%s  model-%05d-of-00004.safetensors" % (rs(r, 64, HEX), i + 1) for i in range(3))),
  ("dataset_card_checksums_yaml", lambda r: "dataset_info:\n  download_checksums:\n    train.parquet:\n      num_bytes: %d\n      checksum: %s" % (r.randint(10**6, 10**9), rs(r, 64, HEX))),
 ],
 "ciphertext_or_sealed_value": [
  ("sops_encrypted_yaml_value", lambda r: "openai_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    version: 3.8.1" % (rs(r, 120, B64), rs(r, 43, B64) + "=", rs(r, 22, B64) + "==")),
  ("fernet_token_in_airflow_db", lambda r: "connection.password (fernet, key lives in the KMS): gAAAAAB" + rs(r, 113, B64U) + "=="),
 ],
 "masked_partial_value": [
  ("provider_console_key_list_masked", lambda r: "NAME            KEY              CREATED\nprod-agent      sk-...%s         %d days ago\neval-runner     sk-...%s         %d days ago" % (rs(r, 4, A), r.randint(2, 90), rs(r, 4, A), r.randint(2, 90))),
  ("ci_log_secret_asterisks", lambda r: "Run python evaluate.py --api-key ***\n  env:\n    EVAL_KEY: ***\n    WANDB_KEY: ***\nSaved report run-%d.json" % r.randint(1000, 9999)),
 ],
 "password_hash_not_plaintext": [
  ("jupyter_server_argon2_hash_config", lambda r: "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s'" % (rs(r, 22, B64), rs(r, 43, B64))),
  ("airflow_ab_user_pbkdf2_row", lambda r: "id | username | password\n%d | analyst | pbkdf2:sha256:600000$%s$%s" % (r.randint(2, 99), rs(r, 16, A), rs(r, 64, HEX))),
 ],
 "password_prose_no_value": [
  ("ai_usage_policy_paragraph", lambda r: "Never paste passwords, API keys or connection strings into an AI assistant. If you need help with a failing login, describe the error and replace every secret with a placeholder. Policy rev %d." % r.randint(2, 20)),
  ("onboarding_checklist_password_steps", lambda r: "- [ ] ask IT for your JupyterHub password (sent via the password manager, not chat)\n- [ ] change the password at first login\n- [ ] enable 2FA before day %d" % r.randint(2, 5)),
 ],
 "opaque_random_identifier": [
  ("wandb_run_id_table", lambda r: "\n".join("run %s  state=finished  val_loss=%.4f" % (rs(r, 8, AL), r.random()) for _ in range(3))),
  ("llm_chat_completion_id_log", lambda r: "\n".join("resp id=chatcmpl-%s tokens=%d" % (rs(r, 29, A), r.randint(50, 4000)) for _ in range(3))),
 ],
 "uuid_or_request_identifier": [
  ("vector_point_id_upsert_log", lambda r: "\n".join("upserted point %s into collection docs" % U(r) for _ in range(3))),
  ("agent_trace_span_ids", lambda r: "trace_id=%s span_id=%s parent=%s name=tool.search" % (rs(r, 32, HEX), rs(r, 16, HEX), rs(r, 16, HEX))),
 ],
 "version_or_build_string": [
  ("pip_freeze_ml_stack", lambda r: "torch==2.%d.%d+cu121\ntransformers==4.%d.%d\nvllm==0.%d.%d.post1\nflash-attn==2.%d.%d" % tuple(r.randint(0, 60) for _ in range(8))),
  ("cuda_driver_nvidia_smi_header", lambda r: "NVIDIA-SMI 5%d.%d.%02d   Driver Version: 5%d.%d.%02d   CUDA Version: 12.%d" % tuple(r.randint(0, 99) for _ in range(7))),
 ],
 "secret_store_reference": [
  ("databricks_secret_scope_reference", lambda r: 'key = dbutils.secrets.get(scope="ml-prod", key="provider-key-%d")\nspark.conf.set("fs.azure.account.key", "{{secrets/ml-prod/storage-%d}}")' % (r.randint(1, 9), r.randint(1, 9))),
  ("colab_userdata_get_call", lambda r: "from google.colab import userdata\nHF = userdata.get('HF_TOKEN_%d')\nOPENAI = userdata.get('OPENAI_KEY')" % r.randint(1, 99)),
 ],
 "test_fixture_fake_credential": [
  ("pytest_llm_client_mock_fixture", lambda r: '@pytest.fixture\ndef client():\n    return LLMClient(api_key="test-key-not-real-%d", base_url="http://localhost:%d")' % (r.randint(1, 999), r.randint(8000, 9000))),
  ("vcr_cassette_scrubbed_header", lambda r: "interactions:\n- request:\n    headers:\n      authorization: [DUMMY-FOR-CASSETTE]\n    uri: https://api.provider.example/v1/embeddings?n=%d" % r.randint(1, 99)),
 ],
 "publishable_client_key": [
  ("supabase_anon_key_frontend_env", lambda r: "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=sb_publishable_%s" % (rs(r, 20, "abcdefghijklmnopqrst"), rs(r, 31, B64U))),
  ("posthog_project_key_snippet", lambda r: "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })" % rs(r, 43, A)),
 ],
 "code_identifier_lookalike": [
  ("hf_model_repo_revision_ids", lambda r: "model = AutoModel.from_pretrained('acme-research/encoder-base-v%d', revision='%s')" % (r.randint(1, 9), rs(r, 40, HEX))),
  ("minified_bundle_chunk_names", lambda r: "\n".join("static/chunks/%s-%s.js" % (r.choice(["app", "pages", "framework", "main"]), rs(r, 16, HEX)) for _ in range(3))),
 ],
 "model_or_dataset_identifier": [
  ("mlflow_model_registry_uri_list", lambda r: "\n".join("runs:/%s/model -> models:/churn-ranker/%d" % (rs(r, 32, HEX), r.randint(1, 40)) for _ in range(2))),
  ("openai_file_and_batch_ids", lambda r: "file-%s uploaded\nbatch_%s validating\nft:job-%s queued" % (rs(r, 24, A), rs(r, 32, HEX), rs(r, 24, A))),
 ],
}
WRAP = [("", None),
        ("__in_coding_assistant_reply", "Assistant: Looking at what you pasted:\n\n{T}\n\nNothing in there is a secret you need to rotate."),
        ("__in_notebook_markdown_cell", '{{"cell_type": "markdown", "source": [{J}]}}'),
        ("__in_mlops_postmortem_doc", "## Timeline\nThe following excerpt was reviewed during the postmortem:\n\n{T}\n\n## Action items\n- none for this excerpt"),
        ("__in_data_team_standup_thread", "[standup] @dana: copying this from the runbook\n{T}\n[standup] @lee: thanks, looks fine"),
        ("__in_vector_db_support_ticket", "Ticket VDB-%d — customer attached:\n---\n{T}\n---\nAgent: thanks, investigating.")]

# documentation values: (kind, value computation, text)
def docs():
    h1 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    assert h1 == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    h2 = hmac.new(b"\x0b" * 16, b"Hi There", hashlib.md5).hexdigest()
    assert h2 == "9294727a3638bb1c13f48ef8158bfc9d"
    h3 = hashlib.sha256(b"").hexdigest()
    assert h3 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    return [
     ("rfc4231_first_case_hmac_sha256", "RFC 4231 test case 1 (key = 0x0b × 20, data \"Hi There\"): HMAC-SHA-256 = " + h1, h1),
     ("rfc2104_appendix_hmac_md5_vector", "RFC 2104 sample (key = 0x0b × 16, \"Hi There\"): digest = 0x" + h2, h2),
     ("sha256_empty_input_known_digest", "Sanity check in the data-validation notebook: sha256(b'') must be " + h3, h3),
     ("aws_docs_access_key_pair_illustration", "From the AWS docs (example only): aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
     ("stripe_docs_published_test_key", "The Stripe API reference uses the published test key sk_test_4eC39HqLyjWDarjtT1zdp7dc in every curl example.", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ]


def build(seed=4706):
    import json
    r = random.Random(seed)
    recs, seen = [], set()
    for cls, kinds in BASE.items():
        for kind, fn in kinds:
            for suf, tpl in WRAP:
                for _ in range(20):
                    t = fn(r)
                    if tpl is None:
                        txt = t
                    elif "{J}" in tpl:
                        txt = tpl.replace("{J}", ", ".join(json.dumps(x + "\n", ensure_ascii=False) for x in t.split("\n")))
                    else:
                        txt = tpl.replace("{T}", t)
                        if "%d" in txt:
                            txt = txt.replace("VDB-%d", "VDB-%d" % r.randint(1000, 9999))
                    if txt not in seen:
                        break
                seen.add(txt)
                recs.append({"class": cls, "container": kind + suf, "text": txt, "source": "negative"})
    dv = []
    for kind, txt, val in docs():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": txt, "source": "negative"})
        dv.append(val)
    names = [k for ks in BASE.values() for k, _ in ks] + [s.strip("_") for s, _ in WRAP if s] + [k for k, _, _ in docs()] + ["model_or_dataset_identifier"]
    return recs, names, dv
