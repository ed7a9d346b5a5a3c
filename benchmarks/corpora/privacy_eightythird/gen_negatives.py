"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 published example values (seed 8306)."""
import base64, hashlib, hmac, random, struct
from common import *


def b64b(r, n):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def k_nkey_list(r):
    rows = "\n".join("| %-10s | %s | %s |" % (w, nkey_public(r, l), "*" if l == "A" else " ") for w, l in [("operator", "O"), (user(r), "A"), (user(r), "U"), (user(r), "U")])
    return "$ nsc list keys --all\n| Entity     | Key (public nkey) | Signing |\n" + rows + "\n(seeds are stored in ~/.local/share/nats/nsc/keys, not shown)\n"


def k_trusted(r):
    return "# nats-server.conf\noperator: /etc/nats/op.jwt\ntrusted_keys: [\n  \"%s\"\n  \"%s\"\n]\nsystem_account: %s\n" % (nkey_public(r, "O"), nkey_public(r, "O"), nkey_public(r, "A"))


def k_spiffe(r):
    ns, sa = r.choice(HOSTS), user(r).replace("_", "-")
    return "$ istioctl proxy-config secret %s-%s.%s -o json | jq '.dynamicActiveSecrets[0]'\nSAN: spiffe://cluster.local/ns/%s/sa/%s\nserialNumber: %s\nvalidFrom: 2025-03-04T09:00:00Z\n" % (ns, lo(r, 5), ns, ns, sa, hx(r, 32))


def k_linkerd(r):
    ns = r.choice(HOSTS)
    return "time=\"2025-03-04T09:1%dZ\" level=info msg=\"Certified identity\" id=%s.%s.serviceaccount.identity.linkerd.cluster.local expiry=24h0m0s\n" % (r.randint(0, 9), user(r).replace("_", "-"), ns)


def k_spki(r):
    return "common_tls_context:\n  validation_context:\n    verify_certificate_spki:\n    - \"%s\"\n    - \"%s\"\n" % (b64b(r, 32), b64b(r, 32))


def k_fpr(r):
    fp = ":".join(hx(r, 2).upper() for _ in range(32))
    return "INFO grpc: server certificate for %s accepted\n  SHA256 Fingerprint=%s\n" % (host(r), fp)


def k_oci(r):
    return "{\n  \"schemaVersion\": 2,\n  \"config\": {\"digest\": \"sha256:%s\", \"size\": %d},\n  \"layers\": [{\"digest\": \"sha256:%s\", \"size\": %d}]\n}\n" % (hx(r, 64), r.randint(900, 9000), hx(r, 64), r.randint(10**5, 10**7))


def k_gosum(r):
    mods = ["google.golang.org/grpc v1.6%d.0" % r.randint(0, 9), "github.com/nats-io/nats.go v1.3%d.0" % r.randint(0, 9), "github.com/IBM/sarama v1.4%d.1" % r.randint(0, 9)]
    return "".join("%s h1:%s\n%s/go.mod h1:%s\n" % (m, b64b(r, 32), m, b64b(r, 32)) for m in mods)


def k_offsets(r):
    g = r.choice(HOSTS) + "-consumers"
    rows = "\n".join("%s %s-events %d %d %d %d consumer-%s-%s /10.0.%d.%d" % (g, g[:-10], p, o, o + l, l, r.randint(1, 9), uid(r), r.randint(0, 9), r.randint(2, 250)) for p in range(3) for o, l in [(r.randint(10**5, 10**7), r.randint(0, 40))])
    return "$ kafka-consumer-groups.sh --describe --group %s\nGROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST\n%s\n" % (g, rows)


def k_clusterid(r):
    return "# /var/lib/kafka/data/meta.properties\nversion=1\nnode.id=%d\ndirectory.id=%s\ncluster.id=%s\n" % (r.randint(1, 9), b64u(r, 22), b64u(r, 22))


def k_b3(r):
    return "[%s] \"GET /v1/%s\" 200 b3=%s-%s-1 x-b3-parentspanid=%s\n" % ("2025-03-04T10:00:0%d" % r.randint(0, 9), r.choice(HOSTS), hx(r, 32), hx(r, 16), hx(r, 16))


def k_uber(r):
    return "> GET /api/%s HTTP/1.1\n> uber-trace-id: %s:%s:0:1\n> uberctx-tenant: %s\n" % (r.choice(HOSTS), hx(r, 32), hx(r, 16), r.choice(HOSTS))


def k_transit(r):
    return "{\n  \"request_id\": \"%s\",\n  \"data\": {\"ciphertext\": \"vault:v1:%s\", \"key_version\": 1}\n}\n" % (uid(r), b64b(r, 45))


def k_kms(r):
    return "$ aws kms encrypt --key-id alias/%s --plaintext fileb://dsn.txt\n{\n    \"CiphertextBlob\": \"AQICAHh%s\",\n    \"EncryptionAlgorithm\": \"SYMMETRIC_DEFAULT\"\n}\n" % (r.choice(HOSTS), b64b(r, 120))


def k_cfgprov(r):
    s = r.choice(HOSTS)
    return "config.providers=file,vault\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"${file:/opt/secrets/%s.properties:sasl.password}\";\nssl.key.password=${vault:secret/data/%s:key_password}\n" % (user(r), s, s)


def k_kongvault(r):
    s = r.choice(HOSTS)
    return "plugins:\n- name: %s-auth\n  config:\n    api_key: \"{vault://env/%s-upstream-key}\"\n    redis_password: \"{vault://hcv/redis/%s/password}\"\n" % (s, s, s)


def k_helmreq(r):
    return "env:\n- name: DB_PASSWORD\n  value: {{ required \"set db.password\" .Values.%s.db.password | quote }}\n- name: NATS_TOKEN\n  value: {{ .Values.nats.token | default \"\" | quote }}\n" % r.choice(HOSTS)


def k_envsubst(r):
    return "# %s.conf.tmpl (rendered by envsubst at start-up)\nbroker_password: ${RABBITMQ_PASSWORD}\nnats_token: $NATS_TOKEN\nsecret_key_base: ${SECRET_KEY_BASE:?missing}\n" % r.choice(HOSTS)


def k_zapred(r):
    return "{\"level\":\"info\",\"ts\":17%d.5,\"msg\":\"connecting\",\"broker\":\"%s:9093\",\"user\":\"%s\",\"password\":\"[REDACTED]\",\"token\":\"***\"}\n" % (r.randint(10**7, 10**8 - 1), host(r), user(r))


def k_envoymask(r):
    return "[2025-03-04T10:0%d:12Z] \"POST /%s.v1.Api/Call HTTP/2\" 200 authorization=\"Bearer ****************%s\" x-api-key=\"<masked>\"\n" % (r.randint(0, 9), r.choice(HOSTS), lo(r, 4))


def k_cargolock(r):
    return "".join("[[package]]\nname = \"%s\"\nversion = \"%d.%d.%d\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"%s\"\n\n" % (n, r.randint(0, 2), r.randint(0, 40), r.randint(0, 9), hx(r, 64)) for n in ("tokio", "tonic", "async-nats"))


def k_mixlock(r):
    return "%{\n" + "".join("  \"%s\": {:hex, :%s, \"%d.%d.%d\", \"%s\", [:mix], [], \"hexpm\", \"%s\"},\n" % (n, n, r.randint(0, 2), r.randint(0, 20), r.randint(0, 9), hx(r, 64), hx(r, 64)) for n in ("broadway", "jason", "amqp")) + "}\n"


def k_statusbin(r):
    raw = b"\x08\x10\x12" + bytes([20]) + b"permission denied..." + b"\x1a\x2b\n)type.googleapis.com/google.rpc.ErrorInfo" + bytes(r.getrandbits(8) for _ in range(12))
    return "< grpc-status: 7\n< grpc-message: permission denied\n< grpc-status-details-bin: %s\n" % base64.b64encode(raw).decode().rstrip("=")


def k_tracebin(r):
    raw = b"\x00\x00" + bytes(r.getrandbits(8) for _ in range(16)) + b"\x01" + bytes(r.getrandbits(8) for _ in range(8)) + b"\x02\x01"
    return "metadata: grpc-trace-bin=%s user-agent=grpc-go/1.6%d.0\n" % (base64.b64encode(raw).decode().rstrip("="), r.randint(0, 9))


def k_natsmsgid(r):
    return "PUB ORDERS.created 0\nHPUB ORDERS.created 78 96\nNATS/1.0\nNats-Msg-Id: %s\nNats-Expected-Last-Msg-Id: %s\n" % (uid(r), uid(r))


def k_idem(r):
    return "INFO gateway: POST /v1/%s idempotency_key=%s nonce=%s replay=false\n" % (r.choice(HOSTS), uid(r), hx(r, 32))


def k_fakecreds(r):
    n = r.randint(1, 99)
    return "var cases = []struct{ user, pass string; ok bool }{\n\t{\"alice\", \"fake-password-for-test-%02d\", true},\n\t{\"bob\", \"not-a-real-password\", false},\n\t{\"\", \"\", false},\n}\n" % n


def k_wiremockfake(r):
    return "{\"request\": {\"url\": \"/v1/%s\", \"headers\": {\"Authorization\": {\"equalTo\": \"Bearer test-token-do-not-use-%d\"}}}, \"response\": {\"status\": 200}}\n" % (r.choice(HOSTS), r.randint(1, 999))


def k_adr(r):
    return "ADR-%03d: broker credentials\nDecision: every service gets its own SCRAM user; passwords are generated by Vault, rotated every 30 days and never written to Helm values, tickets or chat. Consumers read them from a mounted file at start-up.\n" % r.randint(1, 300)


def k_aclprose(r):
    return "Review on %s ACLs: the consumer should not share the producer's password. Ask platform to issue a separate user and put the new password straight into the secret store, not in this PR.\n" % r.choice(HOSTS)


CLASSES = {
    "public_nkey_identity": [("nats_account_public_nkey_listing", k_nkey_list), ("nats_trusted_operator_keys_conf", k_trusted)],
    "mesh_workload_identity_uri": [("istio_proxy_config_spiffe_san_dump", k_spiffe), ("linkerd_identity_certified_log_line", k_linkerd)],
    "certificate_fingerprint_or_pin": [("envoy_verify_certificate_spki_pins", k_spki), ("grpc_tls_cert_sha256_fingerprint_log", k_fpr)],
    "content_addressed_artifact_digest": [("oci_image_manifest_layer_digests", k_oci), ("go_sum_module_h1_hashes", k_gosum)],
    "kafka_log_position_marker": [("kafka_consumer_groups_describe_offsets", k_offsets), ("kafka_kraft_meta_properties_ids", k_clusterid)],
    "trace_context_identifier": [("zipkin_b3_single_header_access_log", k_b3), ("jaeger_uber_trace_id_header_dump", k_uber)],
    "kms_wrapped_ciphertext_blob": [("vault_transit_encrypt_response_json", k_transit), ("aws_kms_encrypt_cli_output", k_kms)],
    "secret_manager_lookup_expression": [("kafka_config_provider_placeholders", k_cfgprov), ("kong_vault_reference_plugin_config", k_kongvault)],
    "unfilled_template_variable": [("helm_required_values_template", k_helmreq), ("envsubst_service_conf_template", k_envsubst)],
    "log_redaction_marker": [("zap_logger_redacted_field_output", k_zapred), ("envoy_access_log_masked_authorization", k_envoymask)],
    "dependency_lockfile_pin": [("cargo_lock_package_checksums", k_cargolock), ("mix_lock_hex_package_hashes", k_mixlock)],
    "grpc_binary_metadata_payload": [("grpc_status_details_bin_trailer", k_statusbin), ("grpc_trace_bin_metadata_dump", k_tracebin)],
    "replay_nonce_or_dedup_key": [("nats_jetstream_msg_id_dedup_headers", k_natsmsgid), ("api_gateway_idempotency_key_log", k_idem)],
    "integration_test_dummy_credential": [("go_test_table_fake_credentials", k_fakecreds), ("wiremock_stub_placeholder_bearer", k_wiremockfake)],
    "credential_handling_discussion_no_value": [("adr_broker_credential_decision_record", k_adr), ("kafka_acl_review_comment_prose", k_aclprose)],
}
WRAPPERS = {
    "in_service_incident_timeline": ("10:42 incident timeline, {S}: pasted for context\n", "\n10:47 mitigated, no credentials involved\n"),
    "in_grpc_api_review_thread": ("> reviewer: is this safe to keep in the PR description?\n", "\n> author: yes, nothing secret in there\n"),
    "in_platform_standup_notes": ("Standup notes, platform team. {S} item:\n", "\nAction: none.\n"),
    "in_mesh_rollout_runbook": ("## Step 4 - verify the {S} rollout\nExpected output:\n```\n", "```\n"),
    "in_oncall_pager_escalation": ("PAGE [P3] {S}: attaching the output the alert linked to\n---\n", "---\nack by secondary\n"),
}
DOC_CLASS = "published_spec_example_value"


def hotp(key, counter, digits=6):
    h = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = h[-1] & 15
    return str((struct.unpack(">I", h[o:o + 4])[0] & 0x7FFFFFFF) % 10 ** digits).zfill(digits)


def doc_records():
    key = b"12345678901234567890"
    b32 = base64.b32encode(key).decode()
    assert b32 == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    codes = [hotp(key, i) for i in range(3)]
    assert codes == ["755224", "287082", "359152"], codes
    basic = base64.b64encode(b"Aladdin:open sesame").decode()
    assert basic == "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    return [
        ("rfc4226_hotp_test_secret_in_mfa_service_tests", "// RFC 4226 Appendix D test vectors for the otp package\nconst rfcSecretB32 = \"%s\" // ASCII 12345678901234567890\nvar want = []string{\"%s\", \"%s\", \"%s\"}\n" % (b32, *codes)),
        ("rfc7617_aladdin_basic_header_in_gateway_docs", "The gateway accepts RFC 7617 Basic credentials, e.g. the example from the RFC:\n\n    Authorization: Basic %s\n" % basic),
        ("rfc6750_bearer_example_in_grpc_auth_guide", "Per RFC 6750 section 2.1 the client sends\n\n    Authorization: Bearer mF_9.B5f-4.1JqM\n\nthe interceptor forwards it as the `authorization` metadata key.\n"),
        ("kafka_docs_jaas_admin_secret_example", "From the Kafka security docs (SASL/PLAIN example), copied into our onboarding page:\nKafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username=\"admin\"\n  password=\"admin-secret\"\n  user_admin=\"admin-secret\"\n  user_alice=\"alice-secret\";\n};\n"),
        ("rabbitmq_guest_default_in_broker_readme", "Local development only: the broker image ships with the default guest user, reachable from localhost:\n\n    amqp://guest:guest@localhost:5672/\n"),
    ]


def generate():
    r = random.Random(8306)
    recs = []
    for cls in sorted(CLASSES):
        for kind, fn in CLASSES[cls]:
            recs.append({"class": cls, "container": kind, "text": fn(r), "source": "negative"})
            for w in sorted(WRAPPERS):
                pre, post = WRAPPERS[w]
                S = r.choice(HOSTS)
                recs.append({"class": cls, "container": kind + "__" + w, "text": pre.format(S=S) + fn(r) + post, "source": "negative"})
    for kind, text in doc_records():
        recs.append({"class": DOC_CLASS, "container": kind, "text": text, "source": "negative"})
    return recs
