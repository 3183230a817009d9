package org.cstoatlas.record.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatusTableTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("Kazakhstan", StatusTable.field("Kazakhstan"));
        assertEquals("\"Korea, Republic of\"", StatusTable.field("Korea, Republic of"));
        assertEquals("\"say \"\"hi\"\"\"", StatusTable.field("say \"hi\""));
        assertEquals("", StatusTable.field(null));
    }
}
