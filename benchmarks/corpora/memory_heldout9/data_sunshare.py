"""sunshare (ss): Solidity + Foundry (Hardhat at first) on Gnosis Chain.

Member share register, generation readings and payout rounds for a community solar co-op
(Brackenfield Community Energy). OpenZeppelin 5, forge/cast/anvil, slither, Safe multisig,
The Graph -> Ponder, xDAI -> GBPe payouts. All wording hand-written.
"""
from authoring import Proj


def make():
    P = Proj("sunshare", "ss", "~/dev/sunshare")

    # ------------------------------------------------------------------ paraphrase
    P.note("ss-p1", 19, """distributeAll() walks every member and transfers to each in one tx. With 212 holders it needs
more gas than a Gnosis block allows (17M), so the call reverts every time. Plan: stop pushing;
publish a Merkle root per round and let holders claim.""")
    P.note("ss-p1-d", 19, """Quarterly members' evening: once we passed two hundred people, step-free access at the village
hall became a must. Money for a ramp from the community fund; start date to be confirmed.""")
    P.q("paraphrase", "Why did the quarterly money-out step start failing once we passed two hundred people?",
        ["ss-p1"], distractors=["ss-p1-d"],
        note="The push loop over all holders exceeded the block gas limit.")

    P.commit("ss-p3", 21, """claim: set the claimed flag before sending (checks-effects-interactions)

The native xDAI send handed control to a contract wallet whose fallback called claim() again
before claimed[round][who] was written, so it took its payout twice. Flag is now set first and
claim() is nonReentrant.""", [("M", "src/Distributor.sol"), ("A", "test/Reentrancy.t.sol")])
    P.note("ss-p3-d", 21, """One account holder asked to collect her share certificate in person; two times now she's missed
the quarter meeting. Treasurer to manage it.""")
    P.q("paraphrase", "How did one account manage to collect its quarter's share two times?",
        ["ss-p3"], distractors=["ss-p3-d"],
        note="Reentrancy: the flag was set after the native transfer, so a contract wallet re-entered.")

    P.chat("ss-p4", 24, """User: After the UUPS deploy, postReading reverts with NotOracle for the Pi's address.
Assistant: The oracle is assigned in GenerationLog's constructor. Constructors run on the
implementation, not the proxy, so in the proxy's storage that slot is still address(0). Move it
into initialize() and call _disableInitializers() in the constructor.""", source="cursor",
           files=["src/GenerationLog.sol"])
    P.note("ss-p4-d", 24, """Nobody went to the live generation figures talk; version two of the slides is able to go on the
website. Submit questions by Friday.""")
    P.q("paraphrase", "Why was nobody able to submit the generation figures after the upgradeable version went live?",
        ["ss-p4"], distractors=["ss-p4-d"],
        note="The oracle address was set in the implementation constructor, so the proxy's storage held zero.")

    P.note("ss-p2", 28, """Each member gets floor(pool * shares / totalShares); the tiny remainders (wei up to fractions of
a penny per round) were sitting in the Distributor forever. finalizeRound() now sweeps
pool - sum(paid) to the reserve Safe.""")
    P.note("ss-p2-d", 28, """Distribution of the annual report: leftover copies ending up in the farm shop; a few cents per
copy to post the rest abroad.""")
    P.q("paraphrase", "Where were the few leftover cents from each distribution ending up?",
        ["ss-p2"], distractors=["ss-p2-d"],
        note="Rounding remainders stayed in the contract until finalizeRound swept them to the reserve.")

    P.commit("ss-p5", 31, """approvals: put chainid and the verifying contract in the EIP-712 domain

Member-vote signatures hashed a domain with only name and version, so a signature produced on
Chiado verified on Gnosis as well. DOMAIN_SEPARATOR is now built from block.chainid and
address(this).""", [("M", "src/Approvals.sol"), ("A", "test/Approvals.t.sol")])
    P.note("ss-p5-d", 31, """Sign-off on the practice network demo made the real one look easy; the board want it to work on
phones too. One more session on Tuesday.""")
    P.q("paraphrase", "Why did sign-offs made on the practice network also work on the real one?",
        ["ss-p5"], distractors=["ss-p5-d"],
        note="The EIP-712 domain lacked chainId, so testnet signatures replayed on mainnet.")

    P.commit("ss-p6", 43, """payouts: end each round by timestamp, not by block count

roundEnd was start + 1,456,000 blocks, assuming 5.4 s per block (measured during a slow spell);
real spacing is 5 s, so the round finished about six and a half days early. Now compares
block.timestamp with the round's end time.""", [("M", "src/Distributor.sol")])
    P.note("ss-p6-d", 43, """Calendar: the spring members' walk to the array is nearly a week ahead of the usual period this
year; close the sign-up list on Sunday.""")
    P.q("paraphrase", "Why did the spring period close nearly a week ahead of the calendar?",
        ["ss-p6"], distractors=["ss-p6-d"],
        note="Round end was computed from an assumed 5.4 s block time; blocks come every 5 s.")

    # ------------------------------------------------------------------ command_fact
    P.sh("ss-c1-d", 12, "foundryup", """foundryup: installing foundry (version nightly, tag nightly)
foundryup: downloading latest forge, cast, anvil, and chisel
foundryup: done!""")
    P.sh("ss-c1", 12, "forge --version", "forge 0.2.0 (8549aad 2024-03-12T00:19:21.000000000Z)")
    P.q("command_fact", "Which nightly build of Foundry am I running, by commit hash?",
        ["ss-c1"], distractors=["ss-c1-d"], keys=["8549aad"],
        note="forge --version shows the build hash; foundryup only says nightly.")

    P.sh("ss-c2-d", 23, "forge test --match-contract GenerationLogTest --gas-report", """| src/GenerationLog.sol:GenerationLog contract |       |       |        |       |         |
|----------------------------------------------|-------|-------|--------|-------|---------|
| Function Name                                | min   | avg   | median | max   | # calls |
| postReading                                  | 31822 | 34017 | 34017  | 36212 | 12      |""")
    P.sh("ss-c2", 23, "forge test --match-contract DistributorTest --gas-report", """| src/Distributor.sol:Distributor contract |       |       |        |       |         |
|------------------------------------------|-------|-------|--------|-------|---------|
| Function Name                            | min   | avg   | median | max   | # calls |
| claim                                    | 29874 | 48211 | 51002  | 53640 | 24      |
| setRoot                                  | 46389 | 46389 | 46389  | 46389 | 6       |""")
    P.q("command_fact", "What's the average gas for a member claiming their payout, per the gas report?",
        ["ss-c2"], distractors=["ss-c2-d"], keys=["48211"],
        note="Distributor gas report: claim avg 48211.")

    P.sh("ss-c3-d", 18, "forge build --sizes", """| Contract      | Runtime Size (B) | Initcode Size (B) | Runtime Margin (B) | Initcode Margin (B) |
|---------------|------------------|-------------------|--------------------|---------------------|
| Distributor   | 21,977           | 23,180            | 2,599              | 25,972              |
| GenerationLog | 5,902            | 6,571             | 18,674             | 42,581              |
| ShareRegister | 9,407            | 10,118            | 15,169             | 39,034              |""")
    P.sh("ss-c3", 33, "forge build --sizes", """| Contract      | Runtime Size (B) | Initcode Size (B) | Runtime Margin (B) | Initcode Margin (B) |
|---------------|------------------|-------------------|--------------------|---------------------|
| Distributor   | 23,814           | 25,102            | 762                | 24,050              |
| GenerationLog | 6,211            | 6,893             | 18,365             | 42,259              |
| ShareRegister | 9,407            | 10,118            | 15,169             | 39,034              |""")
    P.q("command_fact", "What runtime size was the Distributor contract at the last size check?",
        ["ss-c3"], distractors=["ss-c3-d"], keys=["23,814"],
        note="Day-33 forge build --sizes: 23,814 B; the day-18 check had 21,977.")

    P.sh("ss-c4-d", 11, "forge script script/Deploy.s.sol --rpc-url chiado", """Script ran successfully.
Chain 10200
Estimated gas price: 1.5 gwei
Estimated total gas used for script: 2751554

SIMULATION COMPLETE. To broadcast these transactions, add --broadcast and wallet configuration(s) to the previous command.""")
    P.sh("ss-c4", 11, "forge script script/Deploy.s.sol --rpc-url chiado --broadcast --account deployer", """== Logs ==
  ShareRegister: 0x4C1f6e2b9A07d3E8F5a1B2c3D4e5F60718293a4B
  Distributor:   0x9e2D7c41B0aF6e35d8C1b2A3f4E5d6C7b8A91f20

##### chiado
✅  [Success]Hash: 0x5b1c0d8e4f7a2b96c3d1e0f5a4b7c8d9e2f1a0b3c6d5e4f7a8b9c0d1e2f3e7a2
Block: 9473311
Paid: 0.00412733 ETH (2751554 gas * 1.5 gwei)""")
    P.q("command_fact", "What address did the payout contract get on the Chiado deploy?",
        ["ss-c4"], distractors=["ss-c4-d"], keys=["0x9e2D7c41B0aF6e35d8C1b2A3f4E5d6C7b8A91f20"],
        note="The broadcast logs print the Distributor address; the simulation prints none.")

    P.sh("ss-c5-d", 44, "forge config | grep -i optimizer", "optimizer = true\noptimizer_runs = 200")
    P.commit("ss-c5", 44, """foundry.toml: optimizer_runs 200 -> 20000

claim() is the hot path for 200+ members; deploy cost barely matters.""", [("M", "foundry.toml")])
    P.q("command_fact", "How many optimizer runs are the solar co-op contracts compiled with?",
        ["ss-c5"], distractors=["ss-c5-d"], keys=["20000"], null=True,
        note="The commit raised runs to 20000; forge config before it still showed 200.")

    P.sh("ss-c6-d", 49, 'cast call $SHARE_REGISTER "memberCount()(uint256)" --rpc-url gnosis', "231")
    P.sh("ss-c6", 49, 'cast call $SHARE_REGISTER "totalShares()(uint256)" --rpc-url gnosis', "18405 [1.84e4]")
    P.q("command_fact", "How many shares were on the register on mainnet when I queried it?",
        ["ss-c6"], distractors=["ss-c6-d"], keys=["18405"],
        note="cast call totalShares on Gnosis returned 18405; 231 is the member count.")

    # ------------------------------------------------------------------ knowledge_update
    P.note("ss-u1-o", 3, """Payouts are paid in xDAI, the native token on Gnosis (pegged to the US dollar).""")
    P.commit("ss-u1", 27, """Pay member payouts in GBPe (Monerium) instead of xDAI

Members are in the UK and the dollar peg made the same payout wobble between rounds.""",
             [("M", "src/Distributor.sol"), ("M", "script/Deploy.s.sol")])
    P.q("knowledge_update", "Which token do members get their payouts in now?",
        ["ss-u1"], ["ss-u1-o"], note="xDAI (day 3) -> GBPe (day 27).")

    P.edit("ss-u2-o1", 9, "src/Distributor.sol",
           "uint256 public constant MIN_PAYOUT = 1e18; // below 1 xDAI the amount rolls over to the next round")
    P.note("ss-u2-o2", 30, """Minimum payout is now £5 (GBPe): anything smaller rolls over to the next round. Gas for a claim
cost more than £1 payouts were worth.""")
    P.commit("ss-u2", 49, """payouts: small amounts still roll over, but are paid in full when a member leaves

Under £5 carries forward as before; exitClaim() pays whatever has built up when shares are
withdrawn.""", [("M", "src/Distributor.sol"), ("A", "test/ExitClaim.t.sol")])
    P.q("knowledge_update", "What happens to a member's payout when it's tiny, these days?",
        ["ss-u2"], ["ss-u2-o1", "ss-u2-o2"], note="<1 xDAI rolls over (day 8) -> <£5 rolls over (day 30) -> rolls over, paid on exit (day 49).")

    P.edit("ss-u3-o", 4, "hardhat.config.ts",
           'solidity: { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 200 } } }')
    P.commit("ss-u3", 32, """Compile with solc 0.8.26 (custom errors in require)""",
             [("M", "foundry.toml"), ("M", "src/Distributor.sol")])
    P.q("knowledge_update", "Which Solidity compiler version do we build with now?",
        ["ss-u3"], ["ss-u3-o"], note="0.8.24 (day 4) -> 0.8.26 (day 32).")

    P.note("ss-u4-o", 6, """Treasury Safe needs 2 signatures of 3 (chair, treasurer, secretary).""")
    P.commit("ss-u4", 35, """docs: treasury Safe is now 3-of-5

Two directors added after the AGM; owner changes executed from the old 2-of-3.""",
             [("M", "docs/treasury.md")])
    P.q("knowledge_update", "How many signatures does the treasury need these days?",
        ["ss-u4"], ["ss-u4-o"], note="2-of-3 (day 6) -> 3-of-5 (day 35).")

    P.commit("ss-u5-o", 9, """subgraph: index Claimed and ReadingPosted events (The Graph, Subgraph Studio)""",
             [("A", "subgraph/subgraph.yaml"), ("A", "subgraph/src/mapping.ts")])
    P.note("ss-u5", 38, """Indexing moved from The Graph to Ponder on the co-op VPS: Studio's free query allowance ran out,
and Ponder keeps it in Postgres next to the statements job.""")
    P.q("knowledge_update", "What indexes the contract events for the members' page at the moment?",
        ["ss-u5"], ["ss-u5-o"], note="The Graph (day 9) -> Ponder (day 38).")

    P.commit("ss-u6-o", 11, """ShareRegister: minimum holding of 10 shares (£250) to be a member""",
             [("M", "src/ShareRegister.sol")])
    P.note("ss-u6", 40, """Minimum holding is now 4 shares (£100), per the updated community share offer;
ShareRegister's MIN_HOLDING changed to match.""")
    P.q("knowledge_update", "What's the least someone has to buy to become a member now?",
        ["ss-u6"], ["ss-u6-o"], note="10 shares / £250 (day 11) -> 4 shares / £100 (day 40).")

    P.commit("ss-u7-o", 14, """verify: forge verify-contract against Blockscout for Chiado and Gnosis""",
             [("M", "script/verify.sh")])
    P.note("ss-u7", 36, """Source verification now goes to Gnosisscan (--verifier etherscan with the Gnosisscan API key)
instead of Blockscout; most members look contracts up there.""")
    P.q("knowledge_update", "Where do we verify the solar co-op contracts' source now?",
        ["ss-u7"], ["ss-u7-o"], null=True, note="Blockscout (day 14) -> Gnosisscan (day 36).")

    # ------------------------------------------------------------------ first_attempt
    P.commit("ss-f1", 0, """Scaffold with Hardhat (TypeScript config, ethers v6, hardhat-toolbox)""",
             [("A", "hardhat.config.ts"), ("A", "package.json"), ("A", "contracts/ShareRegister.sol")])
    P.commit("ss-f1-l", 8, """Move to Foundry: tests rewritten in Solidity, Hardhat removed""",
             [("D", "hardhat.config.ts"), ("A", "foundry.toml"), ("A", "test/ShareRegister.t.sol")])
    P.q("first_attempt", "What smart-contract toolkit did the project begin with?",
        ["ss-f1"], ["ss-f1-l"], note="Hardhat (day 0) before Foundry (day 8).")

    P.commit("ss-f2", 5, """Distributor v1: distributeAll() sends every member their share in one transaction

Run by the treasurer after each export statement.""", [("A", "contracts/Distributor.sol")])
    P.commit("ss-f2-l", 20, """Merkle claims: setRoot per round, members call claim(amount, proof)""",
             [("M", "src/Distributor.sol"), ("A", "script/BuildRoot.s.sol")])
    P.q("first_attempt", "How did money get to members originally?",
        ["ss-f2"], ["ss-f2-l", "ss-p1"], note="Push loop (day 5) before Merkle claims (day 20); the day-19 gas note is later.")

    P.note("ss-f3", 1, """Testing on Polygon Mumbai for now (the faucet works).""")
    P.note("ss-f3-l", 10, """Switched to Chiado (the Gnosis testnet) with Gnosis for production; the Mumbai config is
removed from the deploy scripts.""")
    P.q("first_attempt", "Which test network were we on at first?",
        ["ss-f3"], ["ss-f3-l"], note="Mumbai (day 1) before Chiado (day 10).")

    P.commit("ss-f4", 3, """ShareRegister as a plain ERC-20 (SHARE, 0 decimals)""", [("M", "contracts/ShareRegister.sol")])
    P.commit("ss-f4-l", 16, """ShareRegister: non-transferable shares

transfer/transferFrom revert; the co-op moves shares with adminTransfer() (withdrawals, probate).""",
             [("M", "src/ShareRegister.sol"), ("M", "test/ShareRegister.t.sol")])
    P.q("first_attempt", "What kind of token were member shares initially?",
        ["ss-f4"], ["ss-f4-l"], note="Plain ERC-20 (day 3) before non-transferable (day 16).")

    P.note("ss-f5", 6, """No proxies: contracts are immutable. A fix means a redeploy plus a script that copies balances
across.""")
    P.commit("ss-f5-l", 22, """UUPS proxies for Distributor and GenerationLog (OpenZeppelin upgradeable 5.0)""",
             [("M", "src/Distributor.sol"), ("M", "src/GenerationLog.sol"), ("M", "script/Deploy.s.sol")])
    P.q("first_attempt", "How did we plan to ship fixes to deployed contracts at the very start?",
        ["ss-f5"], ["ss-f5-l", "ss-p4"], note="Redeploy + migrate (day 6) before UUPS (day 22; the day-24 initializer chat is later proxy work).")

    P.note("ss-f6", 7, """Generation readings: the treasurer types the month's kWh from the inverter portal into
postReading through the Safe web app.""")
    P.note("ss-f6-l", 25, """Readings are posted daily by scripts/post_reading.py on the Pi, which reads the inverter's Modbus
registers.""")
    P.q("first_attempt", "How did the generation numbers get on-chain in the beginning?",
        ["ss-f6"], ["ss-f6-l"], note="Typed in via the Safe app (day 7) before the Pi script (day 25).")

    P.commit("ss-f7", 2, """lint: solhint with the recommended ruleset (npm run lint)""", [("A", ".solhint.json"), ("M", "package.json")])
    P.commit("ss-f7-l", 18, """CI: replace solhint with forge fmt --check and slither""",
             [("D", ".solhint.json"), ("M", ".github/workflows/ci.yml")])
    P.q("first_attempt", "What linted the solar co-op's Solidity at first?",
        ["ss-f7"], ["ss-f7-l"], null=True, note="solhint (day 2) before forge fmt + slither (day 18).")

    # ------------------------------------------------------------------ fillers
    P.commit("ss-x1", (9, 25), """test: fuzz share issuance bounds""", [("A", "test/ShareRegisterFuzz.t.sol")])
    P.commit("ss-x2", (10, 40), """events: index member address in ReadingPosted and Claimed""", [("M", "src/GenerationLog.sol")])
    P.commit("ss-x3", (20, 50), """script: BuildRoot writes proofs.json for the members' page""", [("M", "script/BuildRoot.s.sol")])
    P.commit("ss-x4", (30, 58), """natspec for Distributor""", [("M", "src/Distributor.sol")])
    P.commit("ss-x5", (40, 60), """test: invariant - sum of claims never exceeds funded pool""", [("A", "test/invariant/Pool.t.sol")])
    P.chat("ss-x6", (4, 30), """User: bytes32 vs string for a member reference in events?
Assistant: bytes32 if it fits 32 bytes: cheaper to emit and easy to index. Keep the readable form
off-chain.""")
    P.chat("ss-x7", (25, 55), """User: forge test says "EvmError: OutOfFunds" in the exit test
Assistant: The test contract has no balance. deal(address(distributor), 10 ether) before funding
the round, or mint the token to it if you pay in an ERC-20.""", source="cursor", files=["test/ExitClaim.t.sol"])
    P.note("ss-x8", (5, 35), """Members want to see 'your kWh share' on the page: shares / totalShares * month's generation.""")
    P.note("ss-x9", (35, 60), """FCA registration for the share offer is separate from all this; the secretary handles it.""")
    P.edit("ss-x10", (10, 45), "script/BuildRoot.s.sol", "Sort leaves by address so the root is reproducible across machines.")
    P.edit("ss-x11", (30, 60), "src/ShareRegister.sol", "Custom errors instead of revert strings: NotMember, BelowMinimum, Frozen.")
    P.file("ss-x12", (15, 45), "remappings.txt", """@openzeppelin/contracts/=lib/openzeppelin-contracts/contracts/
@openzeppelin/contracts-upgradeable/=lib/openzeppelin-contracts-upgradeable/contracts/
forge-std/=lib/forge-std/src/""")

    # ------------------------------------------------------------------ shell pool
    P.pool_cmd("git status -sb", "## main...origin/main\n M src/Distributor.sol", weight=3)
    P.pool_cmd("git pull --rebase", "Current branch main is up to date.", weight=2)
    P.pool_cmd("npx hardhat compile", "Compiled 4 Solidity files successfully (evm target: paris).", hi=7, weight=2)
    P.pool_cmd("npx hardhat test", "  ShareRegister\n    ✔ mints shares to a member\n    ✔ rejects zero amounts\n\n  14 passing (1s)", hi=7, weight=2)
    P.pool_cmd("npx solhint 'contracts/**/*.sol'", "contracts/ShareRegister.sol\n  41:5  warning  Explicitly mark visibility of state  state-visibility\n\n✖ 1 problem (0 errors, 1 warning)", lo=2, hi=7)
    P.pool_cmd("forge build", "[⠊] Compiling...\n[⠒] Compiling 31 files with Solc 0.8.24\n[⠢] Solc 0.8.24 finished in 2.41s\nCompiler run successful!", lo=8, hi=31, weight=3)
    P.pool_cmd("forge build", "[⠊] Compiling...\n[⠒] Compiling 33 files with Solc 0.8.26\n[⠢] Solc 0.8.26 finished in 2.58s\nCompiler run successful!", lo=32, weight=3)
    P.pool_cmd("forge test", "Ran 6 test suites in 412.33ms (1.83s CPU time): 58 tests passed, 0 failed, 0 skipped (58 total tests)", lo=8, weight=3)
    P.pool_cmd("forge test --match-test testFuzz_claim -vvv", "[FAIL. Reason: AlreadyClaimed(); counterexample: calldata=0x3e5e... args=[2, 0x0000000000000000000000000000000000000A11]] testFuzz_claim(uint8,address) (runs: 41, μ: 61233, ~: 60987)\nSuite result: FAILED. 0 passed; 1 failed; 0 skipped", exit=1, lo=20)
    P.pool_cmd("forge fmt --check", "Diff in src/Distributor.sol:\n-        if(amount == 0) revert ZeroAmount();\n+        if (amount == 0) revert ZeroAmount();", exit=1, lo=18)
    P.pool_cmd("slither . --filter-paths lib", "INFO:Detectors:\nDistributor.finalizeRound() ignores return value by token.transfer(reserve,rest) (src/Distributor.sol#142)\nINFO:Slither:. analyzed (31 contracts with 93 detectors), 3 result(s) found", exit=255, lo=18)
    P.pool_cmd("anvil --fork-url $GNOSIS_RPC --port 8546", "Listening on 127.0.0.1:8546", lo=10)
    P.pool_cmd("cast block-number --rpc-url chiado", "9612044", lo=10)
    P.pool_cmd("cast balance $DEPLOYER --rpc-url chiado --ether", "3.871244170000000000", lo=10)
    P.pool_cmd("forge coverage --report summary", "| File                  | % Lines          | % Statements     | % Branches     | % Funcs         |\n| src/Distributor.sol   | 94.12% (64/68)   | 93.33% (70/75)   | 81.82% (18/22) | 100.00% (11/11) |", lo=20)
    P.pool_cmd("npm --prefix subgraph run deploy", "Build completed: QmS7r2x4bW5u9CkqZ1p8Lm3nV6tY0aHdEfGjK2LoPqRs\nDeployed to https://thegraph.example.com/subgraphs/sunshare", lo=9, hi=37)
    P.pool_cmd("ssh coopvps 'systemctl status ponder --no-pager | head -3'", "● ponder.service - Ponder indexer (sunshare)\n     Loaded: loaded (/etc/systemd/system/ponder.service; enabled)\n     Active: active (running) since Thu 2024-04-11 08:12:40 BST", lo=38)
    P.pool_cmd("python3 scripts/post_reading.py --dry-run", "inverter kWh today: 2114.6\nwould post reading kwh=2114600 (Wh)", lo=25)
    P.pool_cmd("code src/Distributor.sol", "", weight=1)
    return P
