"""Keys a signing call takes as a literal, where no name says what the string is: an HMAC's key in each
language's own call (Python's ``hmac.new(b"k", …)``, Node's ``createHmac('sha256', 'k')``, Java's
``new SecretKeySpec("k".getBytes(…), …)``, .NET's ``new HMACSHA256(Encoding.UTF8.GetBytes("k"))``, Rust's
``Hmac::new_from_slice(b"k")``, Ruby's ``OpenSSL::HMAC.hexdigest('SHA256', 'k', data)``, PHP's
``hash_hmac('sha256', $data, 'k')``, Go's ``hmac.New(sha256.New, []byte("k"))``, PostgreSQL's
``hmac(data, 'k', 'sha256')``, Oracle's ``DBMS_CRYPTO.MAC(…, UTL_RAW.CAST_TO_RAW('k'))``),
itsdangerous's serializers and signers (``URLSafeTimedSerializer("k")``), a JWT library's HMAC key (jose's
``new TextEncoder().encode('k')``, jjwt's ``Keys.hmacShaKeyFor``, golang-jwt's ``SignedString([]byte("k"))``) and a
framework's signing key (gorilla's ``NewCookieStore([]byte("k"))``, Rails' ``MessageVerifier.new("k")``, Erlang's
``:crypto.mac(:hmac, :sha256, "k", …)``, CryptoKit's ``SymmetricKey(data: Data("k".utf8))``, .NET's
``SymmetricSecurityKey``, Dart's ``Hmac(sha256, utf8.encode('k'))``, Joken's signer, Phoenix.Token, hapi's Iron), a KDF's
password (Node's ``scryptSync('pw', salt, 32)``, age's ``NewScryptIdentity("pw")``); and a symmetric key written as its
16 or 32 bytes under a key's name (zigbee2mqtt's ``network_key: [2, 192, …]``, C's ``aes_key[16] = {0x2b, …}``). In the
catalog after ``rpc``'s."""
from __future__ import annotations

from .patterns import Detector

_Q = r"[\"'`]([^\"'`\r\n]{6,})[\"'`]"           # the key: a quoted literal
_ARG = r"[^,()\r\n]+(?:\([^()\r\n]*\))?"          # an argument before it (a variable, a call)
_BYTE = r"(?:0[xX][0-9a-fA-F]{1,2}|[0-9]{1,3})"
_BYTES = rf"(?:{_BYTE}[ \t]*,[ \t\r\n]*){{15}}{_BYTE}(?:(?:[ \t]*,[ \t\r\n]*{_BYTE}){{16}})?[ \t,]*"   # 16 or 32 of them

SIGNING: tuple[Detector, ...] = (
    Detector("signing_key_literal", "assignment",
             rf"\bhmac\.(?:new|HMAC|digest)\([ \t]*(?:key[ \t]*=[ \t]*)?b?{_Q}|"
             rf"\bcreateHmac\([ \t]*[\"'`][\w\-]+[\"'`][ \t]*,[ \t]*{_Q}|"
             rf"\bnew[ \t]+SecretKeySpec\([ \t]*{_Q}[ \t]*\.getBytes\b|"
             rf"\bnew[ \t]+HMAC(?:SHA(?:1|256|384|512)|MD5)\([ \t]*Encoding\.\w+\.GetBytes\([ \t]*{_Q}|"
             rf"\bHmac\w*(?:(?:::)?<\w+>)?::new_(?:from_slice|varkey)\([ \t]*b{_Q}|"
             rf"\bOpenSSL::HMAC\.(?:hexdigest|digest|base64digest)\({_ARG},[ \t]*{_Q}|"
             rf"\bhash_hmac\([ \t]*[\"'][\w\-/]+[\"'][ \t]*,{_ARG},[ \t]*{_Q}|"
             rf"\bhmac\.New\([ \t]*[\w.]+[ \t]*,[ \t]*\[\]byte\([ \t]*{_Q}|"
             rf"\bhmac\({_ARG},[ \t]*'([^'\r\n]{{6,}})'[ \t]*,[ \t]*'(?i:md5|sha1|sha224|sha256|sha384|sha512)'|"
             rf"\bDBMS_CRYPTO\.MAC\([^;\r\n]*?UTL_RAW\.CAST_TO_RAW\([ \t]*'([^'\r\n]{{6,}})'[ \t]*\)[ \t]*\)|"
             rf"\b(?:URLSafeTimedSerializer|URLSafeSerializer|TimedSerializer|TimestampSigner|JSONWebSignatureSerializer)"
             rf"\([ \t]*(?:secret_key[ \t]*=[ \t]*)?b?{_Q}|"
             # a JWT's HMAC key: jose's new TextEncoder().encode('k') (named a key, a secret or k), java-jwt's
             # Algorithm.HMAC256("k"), jjwt's Keys.hmacShaKeyFor("k".getBytes(…)), golang-jwt's SignedString([]byte("k"))
             rf"\b(?:\w*(?i:key|secret)\w*|k)[ \t]*=[ \t]*new[ \t]+TextEncoder\(\)\.encode\([ \t]*{_Q}|\bAlgorithm\.HMAC(?:256|384|512)\([ \t]*{_Q}|"
             rf"\bKeys\.hmacShaKeyFor\([ \t]*{_Q}[ \t]*\.getBytes\b|\.SignedString\([ \t]*\[\]byte\([ \t]*{_Q}|"
             # gorilla's NewCookieStore([]byte("k")), Rails' MessageVerifier.new("k") and KeyGenerator.new("k"), Erlang's :crypto.mac(:hmac, :sha256, "k", …),
             # CryptoKit's SymmetricKey(data: Data("k".utf8))
             rf"\bNew(?:Cookie|Filesystem)Store\([ \t]*\[\]byte\([ \t]*{_Q}|\b(?:Message(?:Verifier|Encryptor)|(?:Caching)?KeyGenerator)\.new\([ \t]*{_Q}|"
             rf"\bcrypto\.mac\([ \t]*:?hmac[ \t]*,[ \t]*:?\w+[ \t]*,[ \t]*<?<?{_Q}|\bSymmetricKey\([ \t]*data:[ \t]*Data\([ \t]*{_Q}[ \t]*\.utf8|"
             # .NET's SymmetricSecurityKey(Encoding.UTF8.GetBytes("k")) (a JWT's), Dart's Hmac(sha256, utf8.encode('k')), Joken's
             # Signer.create("HS256", "k"), Phoenix.Token.sign("k", salt, data), hapi's Iron.seal(obj, 'k', …)
             rf"\bSymmetricSecurityKey\([ \t]*Encoding\.\w+\.GetBytes\([ \t]*{_Q}|\bHmac\([ \t]*sha\w+[ \t]*,[ \t]*utf8\.encode\([ \t]*{_Q}|"
             rf"\bJoken\.Signer\.create\([ \t]*\"HS\d+\"[ \t]*,[ \t]*{_Q}|\bPhoenix\.Token\.(?:sign|encrypt)\([ \t]*{_Q}|\bIron\.seal\({_ARG},[ \t]*{_Q}|"
             # ... jose's sign(new TextEncoder().encode('k')), CryptoJS.HmacSHA256(body, 'k'), Rust's EncodingKey::from_secret(b"k"),
             # php-jwt's JWT::encode(payload, 'k', 'HS256'), cookie-session's keys: ['k'], PyNaCl's argon2id.kdf(size, b"pw", salt)
             rf"\.sign\([ \t]*new[ \t]+TextEncoder\(\)\.encode\([ \t]*{_Q}|\bCryptoJS\.Hmac\w+\({_ARG},[ \t]*{_Q}|"
             rf"\bEncodingKey::from_secret\([ \t]*b?{_Q}|\bJWT::encode\({_ARG},[ \t]*{_Q}[ \t]*,[ \t]*['\"]HS\d+['\"]|"
             rf"\bcookieSession\([ \t]*\{{[^{{}}]{{0,200}}?\bkeys:[ \t]*\[[ \t]*{_Q}|\bpwhash\.\w+\.kdf\([^,()\r\n]+,[ \t]*b{_Q}|"
             # OpenResty's ngx.hmac_sha1("k", data); a password a KDF stretches: Node's scryptSync('pw', salt, 32), pbkdf2Sync
             rf"\bngx\.hmac_sha1\([ \t]*{_Q}|\bhmac_(?:sha\d+|md5)(?:_hex|_base64)?\([ \t]*\$\w+[ \t]*,[ \t]*{_Q}[ \t]*\)|"   # Perl's Digest::SHA ($data, key)
             rf"\b(?:scrypt|pbkdf2)(?:Sync)?\([ \t]*b?{_Q}[ \t]*,|\bage\.NewScrypt(?:Identity|Recipient)\([ \t]*{_Q}|"   # (age's passphrase)
             # C's key array given to OpenSSL's HMAC() a few lines below (static const char key[] = "k"; HMAC(EVP_sha256(), key, …))
             r"\bchar[ \t]+\w*(?i:key|secret)\w*[ \t]*\[[0-9]*\][ \t]*=[ \t]*\"([^\"\r\n]{6,})\"[ \t]*;(?:[^\r\n]*\r?\n){0,6}?[^\r\n]*\bHMAC\(",
             ("hmac", "secretkeyspec(", "dbms_crypto.mac(", "serializer(", "timestampsigner(", "textencoder()", "hmacshakeyfor(",
              ".signedstring(", "store(", "verifier.new(", "encryptor.new(", "keygenerator.new(", "crypto.mac(", "symmetrickey(", "symmetricsecuritykey(",
              "signer.create(", "phoenix.token.", "iron.seal(", "cryptojs.hmac", "from_secret(", "jwt::encode(", "cookiesession(", ".kdf(", "algorithm.hmac",
              "scrypt", "pbkdf2", "hmac("),
             "literal", "passwords", "secret", False),
    Detector("key_bytes_list", "assignment",
             r"(?i:\b[\w.\-]*(?:network|encryption|aes|master|secret|app|session|link|psk|private)[_\-]?key)(?:\[[0-9]{0,3}\])?[\"']?[ \t]*[:=][ \t]*"
             rf"(\[[ \t]*{_BYTES}\]|\{{[ \t\r\n]*{_BYTES}\}})",
             ("key",), "key_bytes", "private_keys", "secret", False),
)
