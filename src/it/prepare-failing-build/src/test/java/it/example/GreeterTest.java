package it.example;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class GreeterTest {
    @Test
    public void greets() {
        assertEquals("Bonjour, Ada!", Greeter.greet(" Ada "));
    }
}
