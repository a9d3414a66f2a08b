package org.oversight.register.foi;

import org.junit.jupiter.api.Test;

class PrintLettersTest {
  @Test
  void print() {
    FoiResponse response = EssexRequestTest.answer(EssexRequestTest.essexRegister(true));
    System.out.println(FoiRenderer.plainText(response));
    System.out.println("=====");
    System.out.println(FoiRenderer.markdown(response));
    System.out.println("=====");
    System.out.println(FoiRenderer.standard().workings(response));
  }
}
