package io.newswire.aggregate.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeerGateTest {
    /** An address of the documentation range (RFC 5737): nothing is sent to it, it only stands for "another host". */
    private static final String ANOTHER_HOST = "203.0.113.7";

    @Test
    void withoutASecretOnlyThisMachineIsAPeer() {
        PeerGate gate = new PeerGate("");
        assertTrue(gate.allows("127.0.0.1", null));
        assertTrue(gate.allows("::1", null));
        assertFalse(gate.allows(ANOTHER_HOST, null));
        assertFalse(gate.allows(ANOTHER_HOST, "anything"));
    }

    @Test
    void withASecretOnlyItOpensTheRoutesFromAnywhere() {
        PeerGate gate = new PeerGate("s3cret");
        assertTrue(gate.allows(ANOTHER_HOST, "s3cret"));
        assertFalse(gate.allows("127.0.0.1", null), "loopback alone is not enough once a secret is set");
        assertFalse(gate.allows("127.0.0.1", "s3cre"));
        assertFalse(gate.allows(ANOTHER_HOST, ""));
    }
}
