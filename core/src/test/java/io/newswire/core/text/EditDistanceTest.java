package io.newswire.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.between("Zelensky", "Zelensky"));
        assertEquals(1, EditDistance.between("Zelensky", "Zelenskyy"));
        assertEquals(1, EditDistance.between("Zelenski", "Zelensky"));
        assertEquals(3, EditDistance.between("kitten", "sitting"));
        assertEquals(5, EditDistance.between("", "kafka"));
    }

    @Test
    void isSymmetric() {
        assertEquals(EditDistance.between("ingest.port", "ingset.prot"), EditDistance.between("ingset.prot", "ingest.port"));
    }
}
