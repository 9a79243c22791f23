console.log("ferry");
