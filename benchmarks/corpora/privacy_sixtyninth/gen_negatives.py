"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import base64, hashlib, hmac, random
from common import shape, fill

def r(rng, p):
    return shape(rng, p)

BASE = {
 "public_key_or_certificate": [
  ("gpu_node_authorized_keys_listing", lambda g: "# ~/.ssh/authorized_keys on %s\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s mlops@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ray@head" % (g.choice(["gpu-a100-07", "h100-pod-3"]), r(g, "{s43}"), r(g, "{s43}"))),
  ("model_signing_sigstore_cert_pem", lambda g: "model.safetensors.sig bundle (public cert):\n-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----" % (r(g, "{s64}"), r(g, "{s44}"))),
 ],
 "placeholder_or_redacted": [
  ("llm_dotenv_example_placeholders", lambda g: "# copy to .env and fill in\nOPENAI_API_KEY=sk-...your-key-here...\nHF_TOKEN=<your-hugging-face-token>\nPINECONE_API_KEY=${PINECONE_API_KEY}\nWANDB_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
  ("prompt_log_redacted_headers", lambda g: '{"request_id": "req_%s", "headers": {"authorization": "Bearer [REDACTED]", "x-api-key": "<redacted>"}, "model": "gpt-4o"}' % r(g, "{a24}")),
 ],
 "digest_or_checksum": [
  ("safetensors_shard_sha256_index", lambda g: "model-00001-of-00004.safetensors sha256:%s\nmodel-00002-of-00004.safetensors sha256:%s" % (r(g, "{h64}"), r(g, "{h64}"))),
  ("dvc_lock_md5_outs", lambda g: "stages:\n  featurize:\n    outs:\n    - path: data/features\n      md5: %s.dir\n      size: %d" % (r(g, "{h32}"), g.randrange(10**6, 10**9))),
 ],
 "ciphertext_or_sealed_value": [
  ("sealed_secrets_encrypted_data", lambda g: "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    HF_TOKEN: Ag%s" % r(g, "{s120}")),
  ("age_armored_dataset_key", lambda g: "-----BEGIN AGE ENCRYPTED FILE-----\nYWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB%s\n-----END AGE ENCRYPTED FILE-----" % r(g, "{s60}")),
 ],
 "masked_partial_value": [
  ("llm_console_key_list_masked", lambda g: "NAME            KEY              CREATED\neval-runner     sk-...%s       %s\nlabeling-bot    sk-...%s       %s" % (r(g, "{a4}"), fill(g, "«date»"), r(g, "{a4}"), fill(g, "«date»"))),
  ("ci_log_masked_wandb_key", lambda g: "Run wandb login ***\nwandb: Appending key for api.wandb.ai to your netrc file\nwandb: W&B API key is configured (hash %s****)" % r(g, "{h4}")),
 ],
 "code_identifier_lookalike": [
  ("hf_model_commit_revision_pins", lambda g: "model = AutoModel.from_pretrained(\"org/%s\", revision=\"%s\")\ntok = AutoTokenizer.from_pretrained(\"org/%s\", revision=\"%s\")" % (g.choice(["bge-small-ft", "t5-sum-v4"]), r(g, "{h40}"), g.choice(["bge-small-ft", "t5-sum-v4"]), r(g, "{h40}"))),
  ("docker_image_digest_pins", lambda g: "image: registry.ml.example/vllm-serve@sha256:%s\nimage: nvcr.io/nvidia/tritonserver@sha256:%s" % (r(g, "{h64}"), r(g, "{h64}"))),
 ],
 "password_prose_no_value": [
  ("jupyterhub_password_policy_note", lambda g: "JupyterHub passwords must be at least 16 characters and are rotated every 90 days. Never post the password in the notebook or in #ml-infra; ask %s for a reset." % fill(g, "«user»")),
  ("vector_db_rotation_runbook_step", lambda g: "Step %d: rotate the vector DB admin password in the secret manager, restart the ingest workers, then confirm the old password no longer works." % g.randint(2, 9)),
 ],
 "secret_store_reference": [
  ("databricks_secret_scope_calls", lambda g: 'key = dbutils.secrets.get(scope="%s", key="openai-api-key")\npw = dbutils.secrets.get(scope="%s", key="pg-password")' % (fill(g, "«proj»"), fill(g, "«proj»"))),
  ("colab_userdata_get_calls", lambda g: "from google.colab import userdata\nhf = userdata.get('HF_TOKEN')\nwb = userdata.get('WANDB_API_KEY')  # run %s" % fill(g, "«run»")),
 ],
 "test_fixture_fake_credential": [
  ("pytest_fake_llm_client_fixture", lambda g: '@pytest.fixture\ndef client():\n    return FakeLLMClient(api_key="test-key-not-real", base_url="http://localhost:%d")' % g.randint(8000, 8999)),
  ("vcr_cassette_scrubbed_auth", lambda g: "interactions:\n- request:\n    headers:\n      authorization: [DUMMY-TOKEN-FOR-CASSETTE]\n    uri: https://api.example.test/v1/embeddings?run=%s" % fill(g, "«run»")),
 ],
 "uuid_or_request_identifier": [
  ("labeling_task_uuid_export", lambda g: "task_id,annotator,label\n%s,%s,defect\n%s,%s,ok" % (r(g, "{uuid}"), fill(g, "«user»"), r(g, "{uuid}"), fill(g, "«user»"))),
  ("llm_api_request_id_log", lambda g: "x-request-id: req_%s\ncf-ray: %s-IAD\nopenai-processing-ms: %d" % (r(g, "{h32}"), r(g, "{h16}"), g.randint(100, 9999))),
 ],
 "version_or_build_string": [
  ("pip_freeze_cuda_builds", lambda g: "torch==2.5.1+cu124\nflash-attn==2.7.%d\nvllm==0.6.%d+cu124\ntriton==3.1.0" % (g.randint(0, 4), g.randint(0, 6))),
  ("nvidia_driver_cuda_banner", lambda g: "NVIDIA-SMI 550.%d.%02d   Driver Version: 550.%d.%02d   CUDA Version: 12.4" % ((g.randint(50, 130), g.randint(1, 99)) * 2)),
 ],
 "password_hash_not_plaintext": [
  ("jupyter_server_argon2_hash_config", lambda g: "c.PasswordIdentityProvider.hashed_password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s'" % (r(g, "{b22}"), r(g, "{b43}"))),
  ("mlflow_basic_auth_db_hash_row", lambda g: "id|username|password_hash|is_admin\n1|admin|pbkdf2:sha256:600000$%s$%s|1" % (r(g, "{a16}"), r(g, "{h64}"))),
 ],
 "hardware_serial_or_mac_address": [
  ("nvidia_smi_gpu_uuid_serials", lambda g: "GPU 0: %s (UUID: GPU-%s)\n  Serial Number: 1%s" % (fill(g, "«gpu»"), r(g, "{uuid}"), r(g, "{d12}"))),
  ("infiniband_port_guid_listing", lambda g: "CA 'mlx5_0'\n  Port 1: Port GUID: 0x%s\n  Node GUID: 0x%s" % (r(g, "{h16}"), r(g, "{h16}"))),
 ],
 "ml_run_or_artifact_identifier": [
  ("mlflow_run_id_table", lambda g: "run_id                            status    metrics.f1\n%s  FINISHED  0.8%d\n%s  FAILED    -" % (r(g, "{h32}"), g.randint(10, 99), r(g, "{h32}"))),
  ("wandb_artifact_version_refs", lambda g: "use_artifact('ml-team/%s/dataset:v%d')  # id %s\nrun path ml-team/%s/%s" % (fill(g, "«proj»"), g.randint(1, 40), r(g, "{b28}"), fill(g, "«proj»"), r(g, "{l8}"))),
 ],
 "tokenizer_or_tensor_dump": [
  ("tokenizer_input_ids_dump", lambda g: "input_ids: tensor([[%s]])\nattention_mask: tensor([[%s]])" % (", ".join(str(g.randint(100, 50000)) for _ in range(14)), ", ".join("1" for _ in range(14)))),
  ("embedding_vector_preview", lambda g: "embedding[:12] = [%s]" % ", ".join("%.4f" % (g.random() * 2 - 1) for _ in range(12))),
 ],
}
WRAPPERS = ["wandb_report_paragraph", "model_card_appendix", "eval_harness_stdout", "annotation_task_comment", "mlops_postmortem_section"]
WRAP_TPL = {
 "wandb_report_paragraph": "Report «proj» / week «n»\n\n{X}\n\n— posted by «user»",
 "model_card_appendix": "## Appendix C: environment\n\n```\n{X}\n```\n",
 "eval_harness_stdout": "[eval] suite=«proj» shard=«n»\n{X}\n[eval] done in «n»s",
 "annotation_task_comment": "Comment on task #«n» («user»):\n{X}",
 "mlops_postmortem_section": "### Timeline («date»)\n{X}\n\nAction items: none involving credentials.",
}

def doc_values():
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    sha256_empty = hashlib.sha256(b"").hexdigest()
    assert sha256_empty == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    h = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    assert h == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    md5abc = hashlib.md5(b"abc").hexdigest()
    assert md5abc == "900150983cd24fb0d6963f7d28e17f72"
    seed = base64.b32encode(b"12345678901234567890").decode()
    assert seed == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    return [
     ("aws_docs_example_secret_in_sagemaker_tutorial", "In the SageMaker quickstart the AWS docs use the example secret key %s; replace it with your own profile." % aws, aws),
     ("sha256_empty_input_in_dataset_manifest_faq", "FAQ: a shard whose checksum is %s is empty (that is SHA-256 of zero bytes) — re-run the export." % sha256_empty, sha256_empty),
     ("rfc4231_case1_hmac_in_webhook_signer_test", "# RFC 4231 test case 1 (key 0x0b*20, data 'Hi There')\nassert sign(b'Hi There') == '%s'" % h, h),
     ("md5_abc_vector_in_dvc_cache_docs", "DVC cache sanity check: md5 of 'abc' must be %s." % md5abc, md5abc),
     ("rfc6238_seed_base32_in_mfa_notebook", "# RFC 6238 appendix B seed, base32 for authenticator tests\nseed = '%s'" % seed, seed),
    ]

def gen(seed=6906):
    rng = random.Random(seed)
    recs = []
    for cls in sorted(BASE):
        for kind, f in BASE[cls]:
            recs.append({"class": cls, "container": kind, "text": f(rng), "source": "negative"})
            for w in WRAPPERS:
                inner = f(rng)
                t = fill(rng, WRAP_TPL[w]).replace("{X}", inner)
                recs.append({"class": cls, "container": kind + "__in_" + w, "text": t, "source": "negative"})
    for kind, text, _ in doc_values():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return recs
